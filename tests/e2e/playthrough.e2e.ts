// The story from the title to the kiss, played twice: once with the keyboard alone (Tab and
// arrows to objects, Enter to use them and to read on, number keys to choose, Space held to
// lean in) and once with the mouse alone (clicks on objects, lines and choices; the button
// held down to lean in). The story is read from the accessible log.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser();

interface View {
  readonly mode: string | undefined;
  readonly cutscene: string | undefined;
  readonly hold: string | undefined;
  readonly choices: number;
  readonly objects: string[];
  readonly focused: string | null;
}

const view = (game: GameDriver): Promise<View> =>
  game.page.evaluate(() => ({
    mode: document.body.dataset.mode,
    cutscene: document.body.dataset.cutscene,
    hold: document.body.dataset.hold,
    choices: document.querySelectorAll('button.choice').length,
    objects: [...document.querySelectorAll<HTMLButtonElement>('button.hotspot')].filter((b) => !b.hidden).map((b) => b.dataset.prop ?? ''),
    focused: document.activeElement instanceof HTMLElement ? (document.activeElement.dataset.prop ?? null) : null,
  }));

/** Each object once, in this order, then whatever the story still offers. */
function nextObject(objects: string[], used: Set<string>): string {
  const next = ['lighter', 'cigarettes', 'bottle', 'glass', 'duster'].find((o) => objects.includes(o) && !used.has(o)) ?? objects[0];
  if (next === undefined) throw new Error('explore mode with no objects');
  return next;
}

async function reachKiss(game: GameDriver, step: (v: View, used: Set<string>) => Promise<void>): Promise<void> {
  const used = new Set<string>();
  for (let i = 0; i < 800; i++) {
    const v = await view(game);
    if (v.cutscene === 'kiss' && v.hold === 'waiting') return;
    if (v.mode === 'cutscene') {
      await game.page.waitForTimeout(100);
      continue;
    }
    await step(v, used);
  }
  throw new Error('never reached the kiss');
}

describe('a playthrough to the kiss', () => {
  it('is possible with the keyboard alone', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '30'));
    await game.press('Enter'); // New game has the focus
    await reachKiss(game, async (v, used) => {
      if (v.mode === 'explore') {
        const target = nextObject(v.objects, used);
        // Walk the focus ring to the object, then use it with Enter.
        if (v.focused !== target) {
          await game.press('ArrowRight');
          return;
        }
        used.add(target);
        await game.press('Enter');
      } else if (v.mode === 'dialogue') {
        await game.press(v.choices > 0 ? 'Digit1' : 'Enter');
      }
    });
    await game.page.keyboard.down('Space');
    await game.waitForLog('Their lips meet.', 180_000);
    await game.page.keyboard.up('Space');
    const log = (await game.logLines()).join('\n');
    expect(log).toMatch(/^Spike: /m);
    expect(log).toMatch(/^Buffy: /m);
  });

  it('is possible with the mouse alone', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '30'));
    await game.clickButton('New game');
    await reachKiss(game, async (v, used) => {
      if (v.mode === 'explore') {
        const target = nextObject(v.objects, used);
        used.add(target);
        await game.page.locator(`button.hotspot[data-prop="${target}"]`).click();
      } else if (v.mode === 'dialogue') {
        if (v.choices > 0) await game.page.locator('button.choice').first().click();
        else await game.page.locator('#dialogue').click();
      }
    });
    const box = await game.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await game.page.mouse.move(box.x + box.width / 2, box.y + box.height / 3);
    await game.page.mouse.down();
    await game.waitForLog('Their lips meet.', 180_000);
    await game.page.mouse.up();
    expect(await game.logLines()).toContain('Their lips meet.');
  });
});

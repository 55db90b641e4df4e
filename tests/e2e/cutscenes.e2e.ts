// The whole game, from the title through the cold open, the ritual, the conversation, the kiss
// and the reunion to "The End" and back to the title: once watching every cutscene (with
// screenshots of the dissolve, the kiss and the embrace), once skipping every one of them.
// Cutscenes run faster than life here (software WebGL draws a few frames a second), except
// around the moments the screenshots are of.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser();

const OBJECT_ORDER = ['lighter', 'cigarettes', 'bottle', 'glass', 'duster'];

/** Cutscene clock speed for the stretches no screenshot is of. */
const FASTER = 30;

/** Waits for the page to draw `n` more frames (a frame can take a second in software GL). */
async function nextFrames(game: GameDriver, n: number): Promise<void> {
  await game.page.evaluate(
    (count) => new Promise<void>((resolve) => {
      let left = count;
      const tick = (): void => {
        left--;
        if (left <= 0) resolve();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }),
    n,
  );
}

async function setSpeed(game: GameDriver, speed: number): Promise<void> {
  await game.page.evaluate((s) => (document.documentElement.dataset.cutsceneSpeed = String(s)), speed);
}

async function waitForCutscene(game: GameDriver, id: string): Promise<void> {
  await game.page.waitForFunction((c) => document.body.dataset.cutscene === c, id, { timeout: 120_000 });
}

async function waitCutsceneOver(game: GameDriver, timeout = 240_000): Promise<void> {
  await game.page.waitForFunction(() => document.body.dataset.cutscene === undefined, undefined, { timeout });
}

/**
 * Plays the story the way a hurried player does (Enter through lines, the first choice, each
 * object in turn) until a cutscene starts or the title is back. Returns which.
 */
async function playUntilCutscene(game: GameDriver): Promise<string> {
  const used = new Set<string>();
  for (let i = 0; i < 600; i++) {
    const state = await game.page.evaluate(() => ({
      mode: document.body.dataset.mode,
      cutscene: document.body.dataset.cutscene,
      choices: document.querySelectorAll('button.choice').length,
      objects: [...document.querySelectorAll<HTMLButtonElement>('button.hotspot')].filter((b) => !b.hidden).map((b) => b.dataset.prop ?? ''),
    }));
    if (state.cutscene !== undefined) return state.cutscene;
    if (state.mode === 'title') return 'title';
    if (state.mode === 'dialogue') {
      await game.press(state.choices > 0 ? 'Digit1' : 'Enter');
    } else if (state.mode === 'explore') {
      const next = OBJECT_ORDER.find((o) => state.objects.includes(o) && !used.has(o)) ?? state.objects[0];
      if (next === undefined) throw new Error('explore mode with no objects');
      used.add(next);
      await game.page.locator(`button.hotspot[data-prop="${next}"]`).click();
    } else {
      await game.page.waitForTimeout(50);
    }
  }
  throw new Error('the story never reached a cutscene');
}

describe('the cutscenes, in the built game', () => {
  it('plays from the title through the kiss to The End and back, watching every cutscene', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await setSpeed(game, FASTER);
    await game.clickButton('New game');

    // The cold open: her lean, his dissolve into smoke, the title card.
    await waitForCutscene(game, 'cold_open');
    expect(await game.page.locator('#btn-skip-cutscene').isVisible()).toBe(true);
    await game.waitForLog(/There.s my girl/);
    await game.waitForLog('[a heartbeat]', 120_000);
    await setSpeed(game, 2);
    await game.waitForLog('[he comes apart into smoke]', 120_000);
    await nextFrames(game, 2);
    await game.screenshot('cutscene-cold-open-dissolve');
    await setSpeed(game, FASTER);
    // Waiting for the card is the check: at test speed it may be gone again a moment later.
    await game.page.waitForFunction(() => document.getElementById('cutscene-card')?.textContent === 'Every Night', undefined, { timeout: 120_000 });
    await waitCutsceneOver(game);
    expect(await game.logLines()).toContain('Buffy: Same time tomorrow.');

    // The ritual and the conversation, to the kiss.
    expect(await playUntilCutscene(game)).toBe('kiss');
    await game.page.waitForFunction(() => document.body.dataset.hold === 'waiting', undefined, { timeout: 120_000 });
    const prompt = game.page.locator('#hold-prompt');
    await expect.poll(() => prompt.textContent()).toContain('Hold Space or the mouse button to lean in');
    // Nothing moves on while she is not held to it.
    await setSpeed(game, 4);
    await nextFrames(game, 3);
    expect(await game.page.evaluate(() => document.body.dataset.hold)).toBe('waiting');
    await game.page.keyboard.down('Space');
    await game.page.waitForFunction(() => document.body.dataset.hold === 'holding', undefined, { timeout: 30_000 });
    await game.page.waitForFunction(() => document.body.dataset.hold === undefined, undefined, { timeout: 120_000 });
    await game.page.keyboard.up('Space');
    await nextFrames(game, 2);
    await game.screenshot('cutscene-kiss');
    await setSpeed(game, FASTER);
    await waitCutsceneOver(game);
    await game.waitForLog('Their lips meet.');

    // The reunion: the embrace, the last kiss, The End, the credits, the title.
    expect(await playUntilCutscene(game)).toBe('reunion');
    await game.waitForLog(/He scoops her up/, 120_000);
    await setSpeed(game, 1);
    await nextFrames(game, 4);
    await game.screenshot('cutscene-embrace');
    await setSpeed(game, FASTER);
    await game.page.waitForFunction(() => document.getElementById('cutscene-card')?.textContent === 'The End', undefined, { timeout: 180_000 });
    await game.page.waitForFunction(() => document.body.dataset.credits === 'rolling', undefined, { timeout: 60_000 });
    expect(await game.page.locator('#credits-roll').textContent()).toMatch(/Salamander/i);
    await game.waitForTitle();
    expect(await game.mode()).toBe('title');
    expect(await game.logLines()).toContain('Spike: But I heard the last bit.');
  });

  it('plays from the title to The End and back, skipping every cutscene (hold Esc, or the button)', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.clickButton('New game');

    // Holding Esc skips; the log still carries every line skipped past.
    await waitForCutscene(game, 'cold_open');
    await game.hold('Escape', 1800);
    await waitCutsceneOver(game, 30_000);
    expect(await game.page.locator('#pause-panel:not([hidden])').count()).toBe(0);
    expect(await game.logLines()).toContain('Buffy: Same time tomorrow.');

    expect(await playUntilCutscene(game)).toBe('kiss');
    await game.clickButton(/Skip this scene/);
    await waitCutsceneOver(game, 30_000);
    await game.waitForLog('Their lips meet.');

    expect(await playUntilCutscene(game)).toBe('reunion');
    await game.clickButton(/Skip this scene/);
    await game.waitForTitle();
    expect(await game.mode()).toBe('title');
    expect(await game.logLines()).toContain('Spike: But I heard the last bit.');
  });
});

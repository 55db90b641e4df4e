// The walking slice: from the title to the first object used, once with the keyboard alone
// and once with the mouse alone, reading the story from the accessible log.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser();

/** Advances dialogue with a key until the story offers objects. */
async function keyUntilExplore(game: GameDriver): Promise<void> {
  for (let i = 0; i < 80 && (await game.mode()) !== 'explore'; i++) {
    if ((await game.mode()) === 'dialogue') await game.press('Space');
    else await game.page.waitForFunction(() => document.body.dataset.mode !== 'cutscene', undefined, { timeout: 120_000 });
  }
  expect(await game.mode()).toBe('explore');
}

async function clickUntilExplore(game: GameDriver): Promise<void> {
  for (let i = 0; i < 80 && (await game.mode()) !== 'explore'; i++) {
    if ((await game.mode()) === 'dialogue') await game.page.locator('#dialogue').click();
    else await game.page.waitForFunction(() => document.body.dataset.mode !== 'cutscene', undefined, { timeout: 120_000 });
  }
  expect(await game.mode()).toBe('explore');
}

describe('the walking slice', () => {
  it('plays from the title to the lighter with the keyboard alone', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await expect.poll(() => game.page.evaluate(() => document.activeElement?.textContent)).toBe('New game');
    await game.press('Enter');
    await keyUntilExplore(game);
    expect(await game.visibleObjects()).toContain('The silver lighter');
    // Tab and the arrow keys walk a visible focus ring over the objects.
    await game.press('Tab');
    for (let i = 0; i < 6; i++) {
      const focused = await game.page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (focused === 'The silver lighter') break;
      await game.press('ArrowRight');
    }
    expect(await game.page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('The silver lighter');
    await game.press('Enter');
    await game.waitForLog(/lighter/i);
    expect(await game.mode()).toBe('dialogue');
    await game.screenshot('slice-keyboard-lighter');
  });

  it('plays from the title to the lighter with the mouse alone', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.clickButton('New game');
    await clickUntilExplore(game);
    await game.clickButton('The silver lighter');
    await game.waitForLog(/lighter/i);
    const log = await game.logLines();
    expect(log.length).toBeGreaterThan(3);
    await clickUntilExplore(game);
    expect(await game.page.evaluate(() => document.body.dataset.mode)).toBe('explore');
    await game.screenshot('slice-mouse-lighter-lit');
  });
});

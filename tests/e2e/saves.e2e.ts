// Saves in the built game: Continue after a reload resumes at the same beat with the same
// scene state, and a corrupt save in storage is set aside (kept) while the game starts clean.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';
import { SAVE_VERSION } from '../../src/save/saveGame';

const browser = useBrowser();

/** Cutscenes are not what this file tests: run them fast (the cutscene player's knob). */
async function fastCutscenes(game: GameDriver): Promise<void> {
  await game.page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '40'));
}

interface Stored {
  version: number;
  current: { beat: string; scene: Record<string, unknown>; ink: string };
}

const stored = (game: GameDriver): Promise<Stored | null> =>
  game.page.evaluate(() => {
    const text = localStorage.getItem('every-night:save');
    return text === null ? null : (JSON.parse(text) as Stored);
  });

async function keyUntilExplore(game: GameDriver): Promise<void> {
  for (let i = 0; i < 80 && (await game.mode()) !== 'explore'; i++) {
    if ((await game.mode()) === 'dialogue') await game.press('Space');
    else
      await game.page.waitForFunction(
        () => document.body.dataset.mode === 'dialogue' || document.body.dataset.mode === 'explore',
        undefined,
        { timeout: 120_000 },
      );
  }
  expect(await game.mode()).toBe('explore');
}

describe('saves', () => {
  it('Continue after a reload resumes at the same beat with the same scene state', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await fastCutscenes(game);
    await expect.poll(() => game.page.locator('#btn-continue').isVisible()).toBe(false);
    await game.clickButton('New game');
    await keyUntilExplore(game);
    await game.clickButton('The silver lighter');
    await keyUntilExplore(game);
    const before = await stored(game);
    const objects = await game.visibleObjects();
    const beat = await game.page.evaluate(() => document.body.dataset.beat);
    expect(before?.version).toBe(SAVE_VERSION);
    expect(before?.current.beat).toBe(beat);

    await game.page.reload();
    await game.waitForTitle();
    await fastCutscenes(game);
    // With progress, Continue shows and has the focus.
    await expect.poll(() => game.page.evaluate(() => document.activeElement?.textContent)).toBe('Continue');
    await game.press('Enter');
    await game.waitForMode('explore');
    expect(await game.page.evaluate(() => document.body.dataset.beat)).toBe(beat);
    expect(await game.visibleObjects()).toEqual(objects);
    const after = await stored(game);
    expect(after?.current.scene).toEqual(before?.current.scene);
    expect(after?.current.beat).toBe(before?.current.beat);
    await game.screenshot('saves-continued');
  });

  it('a corrupt save is set aside and the game still starts and plays', async () => {
    const junk = '{"version": 2, "current": {"ink": ';
    const game = await browser.game({ settings: FAST, storage: { 'every-night:save': junk } });
    await game.open();
    await fastCutscenes(game);
    await expect.poll(() => game.page.locator('#notice').textContent()).toMatch(/set aside/);
    expect(await game.page.locator('#btn-continue').isVisible()).toBe(false);
    const kept = await game.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('every-night:save.set-aside.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([junk]);
    await game.clickButton('New game');
    await keyUntilExplore(game);
    await game.clickButton('The silver lighter');
    await game.waitForLog(/lighter/i);
    expect((await stored(game))?.version).toBe(SAVE_VERSION);
  });

  it('a save from a future version is set aside, not overwritten', async () => {
    const future = JSON.stringify({ version: 99, current: {} });
    const game = await browser.game({ settings: FAST, storage: { 'every-night:save': future } });
    await game.open();
    await fastCutscenes(game);
    const kept = await game.page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('every-night:save.set-aside.'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(kept).toEqual([future]);
  });
});

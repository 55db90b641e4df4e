// The duck at the kiss, in the built game: a player who leans in promptly ends the kiss before
// the heartbeat's first lap (8.6 s). The duck it held must still be let go when the kiss ends,
// and the heartbeat the story starts after it must end with the reunion's cutscene, so the
// reunion's music plays at its full level. Levels are read through the ?debug handle.
import { describe, expect, it } from 'vitest';
import type { AudioLevels } from '../../src/audio/audioService';
import { FAST, useBrowser, type GameDriver } from './harness';
import { saveWhere } from './storySaves';

const browser = useBrowser();

const levels = (game: GameDriver): Promise<AudioLevels> =>
  game.page.evaluate(() => (window as unknown as { everyNightAudio: { levels: () => AudioLevels } }).everyNightAudio.levels());

const setSpeed = (game: GameDriver, speed: number): Promise<void> =>
  game.page.evaluate((s) => {
    document.documentElement.dataset.cutsceneSpeed = String(s);
  }, speed);

/** Enter through lines (the first choice when there is one) until a cutscene runs. */
async function playUntilCutscene(game: GameDriver, id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const state = await game.page.evaluate(() => ({
      mode: document.body.dataset.mode,
      cutscene: document.body.dataset.cutscene,
      choices: document.querySelectorAll('button.choice').length,
    }));
    if (state.cutscene === id) return;
    if (state.mode === 'dialogue') await game.press(state.choices > 0 ? 'Digit1' : 'Enter');
    else await game.page.waitForTimeout(100);
  }
  throw new Error(`the story never reached the ${id} cutscene`);
}

describe('the duck at the kiss', () => {
  it('lets go when a prompt lean ends the kiss, and the reunion music plays at its full level', async () => {
    const game = await browser.game({ settings: FAST, storage: { 'every-night:save': saveWhere((s) => s.beat === 'kiss') } });
    await game.page.goto(`${game.server.url}?debug`);
    await game.waitForTitle();
    await game.clickButton('Continue');
    await setSpeed(game, 8);
    await playUntilCutscene(game, 'kiss');

    // The heartbeat starts and ducks the music; she leans in at once.
    await game.page.waitForFunction(() => document.body.dataset.hold === 'waiting', undefined, { timeout: 120_000 });
    await expect.poll(async () => (await levels(game)).duckHolders.some((h) => h.startsWith('heartbeat#')), { timeout: 30_000 }).toBe(true);
    await game.page.keyboard.down('Space');
    await game.page.waitForFunction(() => document.body.dataset.cutscene === undefined, undefined, { timeout: 120_000 });
    await game.page.keyboard.up('Space');

    // The kiss is over: nothing holds the duck, and the music comes back up.
    await game.waitForLog('Their lips meet.');
    await expect.poll(async () => (await levels(game)).duckHolders, { timeout: 10_000 }).toEqual([]);
    await expect.poll(async () => (await levels(game)).duckDb, { timeout: 10_000 }).toBe(0);

    // On through "His mouth is cool" (the story's own heartbeat) to the reunion.
    await playUntilCutscene(game, 'reunion');
    await setSpeed(game, 3);
    // The reunion's music, faded in, with nothing ducking it (before the last kiss's heartbeat).
    // (Howler reports a fade's gain in steps of 0.01.)
    const full = (l: AudioLevels): boolean =>
      l.music?.cue === 'music_reunion' &&
      l.music.full > 0 &&
      Math.abs(l.music.level - l.music.full) < 0.005 &&
      Math.abs(l.music.reported - l.music.full) <= 0.011 &&
      l.duckHolders.length === 0;
    // Read while the reunion is still running: once it is over, every loop is stopped anyway.
    const inReunion = (): Promise<boolean> => game.page.evaluate(() => document.body.dataset.cutscene === 'reunion');
    let l = await levels(game);
    for (let i = 0; i < 720 && !full(l) && (await inReunion()); i++) {
      await game.page.waitForTimeout(250);
      l = await levels(game);
    }
    expect(full(l), `the reunion's music at its full level during the reunion; last seen ${JSON.stringify(l)}`).toBe(true);
    expect(await inReunion(), 'still in the reunion').toBe(true);
    expect(l.duckDb).toBe(0);
    expect(l.voices.some((v) => v.cue === 'heartbeat')).toBe(false);
  });
});

// Sound in the built game, in a Chromium that (like a real browser) refuses audio before a
// user gesture: silent before the first click, running after it, the lighter heard when used.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser(['--autoplay-policy=user-gesture-required']);

interface AudioProbe {
  readonly state: string;
  readonly played: string[];
}

const probe = (game: GameDriver): Promise<AudioProbe> =>
  game.page.evaluate(() => {
    const audio = (window as unknown as { everyNightAudio: { contextState: string; played: string[] } }).everyNightAudio;
    return { state: audio.contextState, played: [...audio.played] };
  });

describe('sound', () => {
  it('waits for the first click, then runs, and plays the lighter when it is used', async () => {
    const game = await browser.game({ settings: FAST });
    await game.page.goto(`${game.server.url}?debug`);
    await game.waitForTitle();
    const before = await probe(game);
    expect(before.state, 'no audio before a gesture').not.toBe('running');

    await game.clickButton('New game');
    await expect.poll(async () => (await probe(game)).state, { timeout: 30_000 }).toBe('running');

    // Through the cold open to the ritual.
    await game.page.evaluate(() => document.documentElement.setAttribute('data-cutscene-speed', '8'));
    for (let i = 0; i < 120 && (await game.mode()) !== 'explore'; i++) {
      if ((await game.mode()) === 'dialogue') await game.page.locator('#dialogue').click();
      else await game.page.waitForTimeout(300);
    }
    expect((await probe(game)).played).toContain('crypt_ambience');
    await game.clickButton('The silver lighter');
    await expect.poll(async () => (await probe(game)).played, { timeout: 60_000 }).toContain('zippo_open');
    for (let i = 0; i < 40 && !(await probe(game)).played.includes('zippo_strike'); i++) await game.page.locator('#dialogue').click();
    expect((await probe(game)).played).toContain('zippo_strike');
    await game.waitForLog(/\[.*(lighter|flint|flame).*\]/i);
  });
});

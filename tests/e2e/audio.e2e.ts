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
    // Nothing is asked to sound before the player's first gesture. (Headless Chromium may still
    // report its context as running: it does not apply the autoplay policy to Web Audio.)
    expect(before.played, 'no sound before a gesture').toEqual([]);
    expect(['none', 'suspended', 'running', 'interrupted']).toContain(before.state);

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
    // Its story first, then the lid and the wheel.
    for (let i = 0; i < 60 && !(await probe(game)).played.includes('zippo_strike'); i++) await game.page.locator('#dialogue').click();
    const after = (await probe(game)).played;
    expect(after).toContain('zippo_open');
    expect(after).toContain('zippo_strike');
    expect(after.indexOf('zippo_open')).toBeLessThan(after.indexOf('zippo_strike'));
    await game.waitForLog(/\[.*(lighter|flint|flame).*\]/i);
  });
});

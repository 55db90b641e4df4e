// Sound in the built game, in a Chromium that (like a real browser) refuses audio before a
// user gesture: silent before the first click, running after it, the lighter heard when used —
// the lid's click when her thumb flips it and the strike when the wheel turns, not when their
// lines appear.
import { describe, expect, it } from 'vitest';
import { FAST, useBrowser, type GameDriver } from './harness';

const browser = useBrowser(['--autoplay-policy=user-gesture-required']);

interface AudioProbe {
  readonly state: string;
  readonly played: string[];
  readonly startedAt: Record<string, number>;
  /** Each line the dialogue box showed, and when (page clock). */
  readonly lines: { readonly text: string; readonly at: number }[];
}

const probe = (game: GameDriver): Promise<AudioProbe> =>
  game.page.evaluate(() => {
    const page = window as unknown as {
      everyNightAudio: { contextState: string; played: string[]; startedAt: Record<string, number> };
      shownLines?: { text: string; at: number }[];
    };
    const audio = page.everyNightAudio;
    return { state: audio.contextState, played: [...audio.played], startedAt: { ...audio.startedAt }, lines: [...(page.shownLines ?? [])] };
  });

/** Notes each line the dialogue box shows, as it shows it. */
const watchLines = (game: GameDriver): Promise<void> =>
  game.page.evaluate(() => {
    const page = window as unknown as { shownLines: { text: string; at: number }[] };
    page.shownLines = [];
    const box = document.getElementById('dialogue');
    if (!box) throw new Error('no dialogue box');
    let last = '';
    new MutationObserver(() => {
      const text = box.querySelector('.line-text')?.textContent ?? '';
      if (text !== last) page.shownLines.push({ text, at: performance.now() });
      last = text;
    }).observe(box, { subtree: true, childList: true, characterData: true });
  });

/** How long after the line matching `line` appeared the cue started (ms). */
function heardAfter(p: AudioProbe, line: RegExp, cue: string): number {
  const shown = p.lines.find((l) => line.test(l.text));
  const heard = p.startedAt[cue];
  if (!shown || heard === undefined) throw new Error(`no line ${String(line)} or no ${cue} in ${JSON.stringify(p)}`);
  return heard - shown.at;
}

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
    await watchLines(game);
    await game.clickButton('The silver lighter');
    // Its story first, then the lid and the wheel.
    for (let i = 0; i < 60 && !(await probe(game)).played.includes('zippo_strike'); i++) {
      // A sound waits for the hand that makes it: its action is given its moment before reading on.
      const text = (await game.page.locator('#dialogue .line-text').textContent()) ?? '';
      const due = /thumbs the lid/i.test(text) ? 'zippo_open' : /rolls the wheel/i.test(text) ? 'zippo_strike' : null;
      if (due) await expect.poll(async () => (await probe(game)).played.includes(due), { timeout: 10_000 }).toBe(true);
      if (due !== 'zippo_strike') await game.page.locator('#dialogue').click();
    }
    const after = (await probe(game)).played;
    expect(after).toContain('zippo_open');
    expect(after).toContain('zippo_strike');
    expect(after.indexOf('zippo_open')).toBeLessThan(after.indexOf('zippo_strike'));
    // With the hand (levels/figures.json: the thumb's key ends 250 ms in, the wheel's 200 ms in; the line
    // is drawn up to a frame after its action starts, and a sound at once comes about 85 ms after it).
    const heard = await probe(game);
    expect(heardAfter(heard, /thumbs the lid/i, 'zippo_open')).toBeGreaterThanOrEqual(190);
    expect(heardAfter(heard, /rolls the wheel/i, 'zippo_strike')).toBeGreaterThanOrEqual(150);
    await game.waitForLog(/\[.*(lighter|flint|flame).*\]/i);
  });
});

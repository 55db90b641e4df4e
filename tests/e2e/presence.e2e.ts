// The figures act out what the words say: through the ritual, while each object's lines play,
// her figure moves (its extent in the scene changes: the camera cannot fake that) and the pixels
// inside her rectangle on the stage change; his entrance, the drag, the sit and the glass play
// the same way. A prop's look (the lid open, the glass full) changes when the hand changes it,
// counted on the game clock from its line, not when the line appears.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FAST, useBrowser } from './harness';
import { Player, frames, look } from './player';

type Box = readonly [number, number, number, number];

/** What the page reports the figures do (`data-acting`, `data-figure-extents`, `data-figures`). */
async function figures(page: Page): Promise<{ acting: string; extents: Record<string, Box>; rects: Record<string, Box> }> {
  return page.evaluate(() => {
    const read = (text: string | undefined): Record<string, Box> =>
      Object.fromEntries(
        (text ?? '')
          .split(' ')
          .filter((e) => e.includes(':'))
          .map((e) => {
            const [id = '', nums = ''] = e.split(':');
            return [id, nums.split(',').map(Number) as unknown as Box];
          }),
      );
    const data = document.body.dataset;
    return { acting: data.acting ?? '', extents: read(data.figureExtents), rects: read(data.figures) };
  });
}

const differs = (a: Box | undefined, b: Box | undefined): number => (a && b ? Math.max(...a.map((v, i) => Math.abs(v - (b[i] ?? v)))) : 0);

/** The actions each ritual object and each of his moments must be seen to play. */
const EXPECTED = [
  'buffy take_lighter',
  'buffy roll_wheel',
  'buffy light_cigarette',
  'buffy cough',
  'buffy pour',
  'buffy drink_from_bottle',
  'buffy gather_collar',
  'spike descend',
  'spike walk_to_her',
  'spike take_cigarette',
  'spike sit',
  'spike drink_glass',
];

/** A line the hand changes a prop's look in, the look, and when the hand makes it (levels/figures.json `changes`). */
const WITH_THE_HAND = [
  { line: /thumbs the lid/i, prop: 'lighter', look: 'open', atMs: 250 },
  { line: /rolls the wheel/i, prop: 'lighter', look: 'lit', atMs: 200 },
  { line: /pours into the glass/i, prop: 'glass', look: 'full', atMs: 1750 },
  { line: /tips the bottle up/i, prop: 'bottle', look: 'poured', atMs: 1800 },
] as const;

describe('the figures act', () => {
  const browser = useBrowser();

  it('performs each ritual use and each of his actions while its lines play', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    const page = game.page;
    const player = new Player(game, 'keyboard');
    await player.newGame();
    // Every extent the page reports while an action plays (it reports at once when one starts and
    // ends, and a few times a second between): how far the figure reached, however late the
    // spec looks on a loaded machine.
    await page.evaluate(() => {
      const ranges: Record<string, { min: number[]; max: number[] }> = {};
      (window as unknown as { actionRanges: typeof ranges }).actionRanges = ranges;
      const note = (): void => {
        const data = document.body.dataset;
        for (const action of (data.acting ?? '').split(', ').filter(Boolean)) {
          const actor = action.split(' ')[0] ?? '';
          const entry = (data.figureExtents ?? '').split(' ').find((e) => e.startsWith(`${actor}:`));
          if (!entry) continue;
          const box = (entry.split(':')[1] ?? '').split(',').map(Number);
          const r = (ranges[action] ??= { min: [...box], max: [...box] });
          box.forEach((v, i) => {
            r.min[i] = Math.min(r.min[i] ?? v, v);
            r.max[i] = Math.max(r.max[i] ?? v, v);
          });
        }
      };
      new MutationObserver(note).observe(document.body, { attributes: true, attributeFilter: ['data-acting', 'data-figure-extents'] });
    });
    const moved = new Map<string, { extent: number; pixels: number }>();
    for (let i = 0; i < 900; i++) {
      const s = await look(page);
      if (s.beat === 'kiss') break;
      // the line is on the page a frame before the room has started its action
      await frames(page, 2);
      let start = await figures(page);
      const acting = start.acting.split(', ').filter((a) => EXPECTED.includes(a) && !moved.has(a));
      if (acting.length > 0) {
        const actor = (acting[0] ?? '').split(' ')[0] ?? '';
        if (!start.rects[actor] || !start.extents[actor]) {
          // He comes into the room with his first step: measure from when he is there to see.
          await page
            .waitForFunction((id) => (document.body.dataset.figures ?? '').includes(`${id}:`), actor, { timeout: 3000, polling: 'raf' })
            .catch(() => undefined);
          start = await figures(page);
        }
        const shotA = await page.screenshot();
        // Into the action's first move, while its line stays up: until the figure's reported extent
        // changes (a reach, a lean, a step), or for the length of a small move (a thumb on a wheel).
        const before = await page.evaluate(() => document.body.dataset.figureExtents ?? '');
        await page
          .waitForFunction((was) => (document.body.dataset.figureExtents ?? '') !== was, before, { timeout: 1200, polling: 'raf' })
          .catch(() => undefined);
        await frames(page, 4);
        const later = await figures(page);
        const shotB = await page.screenshot();
        const rect = start.rects[actor];
        const pixels = rect ? await changedShare(page, shotA, shotB, rect) : 0;
        for (const a of acting) moved.set(a, { extent: differs(start.extents[actor], later.extents[actor]), pixels });
      }
      await player.step();
    }
    const ranges = await page.evaluate(
      () => (window as unknown as { actionRanges: Record<string, { min: number[]; max: number[] }> }).actionRanges,
    );
    for (const action of EXPECTED) {
      const range = ranges[action];
      const reached = range ? Math.max(...range.max.map((v, i) => v - (range.min[i] ?? v))) : 0;
      const measured = moved.get(action);
      const seen = measured ? { ...measured, extent: Math.max(measured.extent, reached) } : undefined;
      expect(seen, `${action} was played`).toBeDefined();
      // A reach, a pour or a step changes where the figure reaches in the scene (the camera cannot
      // fake that); a small move (rolling the wheel, a cough) shows in the figure's own pixels.
      const visible = (seen?.extent ?? 0) > 2 || (seen?.pixels ?? 0) > 0.02;
      expect(
        visible,
        `${action}: the figure was seen to move (extent ${String(seen?.extent)} px, ${String(seen?.pixels)} of its pixels)`,
      ).toBe(true);
    }
  });

  it('changes with the hand that changes it, not when its line appears', async () => {
    const game = await browser.game({ settings: FAST });
    // ?debug: the game clock, which the hand's moments are counted on (at 5 frames a second in
    // software WebGL, the page clock cannot tell 250 ms from the next frame).
    await game.page.goto(`${game.server.url}?debug`);
    await game.waitForTitle();
    const page = game.page;
    const player = new Player(game, 'keyboard');
    // The cold open at 8×: this spec is about the ritual's hands, not the cutscene's pacing.
    await page.evaluate(() => (document.documentElement.dataset.cutsceneSpeed = '8'));
    await player.newGame();
    await player.playUntil((s) => s.mode === 'explore');
    // The game clock at each line shown and at each look the room reports (data-props).
    await page.evaluate(() => {
      const seen = window as unknown as {
        shown: { text: string; at: number }[];
        looks: { prop: string; look: string; at: number }[];
        everyNightClock: { now: number };
      };
      seen.shown = [];
      seen.looks = [];
      const box = document.getElementById('dialogue');
      let lastText = '';
      new MutationObserver(() => {
        const text = box?.querySelector('.line-text')?.textContent ?? '';
        if (text !== lastText) seen.shown.push({ text, at: seen.everyNightClock.now });
        lastText = text;
      }).observe(box ?? document.body, { subtree: true, childList: true, characterData: true });
      let lastLooks = new Map<string, string>();
      new MutationObserver(() => {
        const now = new Map((document.body.dataset.props ?? '').split(' ').map((e) => e.split(':') as [string, string]));
        for (const [prop, look] of now) if (lastLooks.get(prop) !== look) seen.looks.push({ prop, look, at: seen.everyNightClock.now });
        lastLooks = now;
      }).observe(document.body, { attributes: true, attributeFilter: ['data-props'] });
    });
    for (const object of ['The silver lighter', 'The bottle of bourbon']) {
      await game.clickButton(object);
      for (let i = 0; i < 80 && (await game.mode()) !== 'explore'; i++) {
        const text =
          (await page
            .locator('#dialogue .line-text')
            .textContent()
            .catch(() => '')) ?? '';
        // Reading on cuts an action short and lands its changes at once: the hand is given its moment.
        const due = WITH_THE_HAND.find((w) => w.line.test(text));
        if (due)
          await page.waitForFunction((want) => (document.body.dataset.props ?? '').split(' ').includes(want), `${due.prop}:${due.look}`, {
            timeout: 10_000,
          });
        await player.step();
      }
    }
    const { shown, looks } = await page.evaluate(() => {
      const seen = window as unknown as { shown: { text: string; at: number }[]; looks: { prop: string; look: string; at: number }[] };
      return { shown: seen.shown, looks: seen.looks };
    });
    for (const w of WITH_THE_HAND) {
      const line = shown.find((l) => w.line.test(l.text));
      const change = looks.find((c) => c.prop === w.prop && c.look === w.look && line !== undefined && c.at >= line.at - 50);
      expect(line, `the line ${String(w.line)} was shown`).toBeDefined();
      expect(change, `${w.prop} became ${w.look} after ${String(w.line)}`).toBeDefined();
      const after = (change?.at ?? 0) - (line?.at ?? 0);
      const around = [
        ...shown.map((l) => `${Math.round(l.at)} line ${l.text.slice(0, 24)}`),
        ...looks.map((c) => `${Math.round(c.at)} ${c.prop}:${c.look}`),
      ]
        .sort()
        .join('\n');
      // The line and its action start on the same game-clock reading; a change made at once would
      // show on the next frame, the lid's with the thumb no sooner than the hand's moment.
      expect(
        after,
        `${w.prop} ${w.look}: ${Math.round(after)} ms after its line (the hand: ${w.atMs} ms)\n${around}`,
      ).toBeGreaterThanOrEqual(w.atMs);
      expect(after).toBeLessThan(w.atMs + 1500);
    }
  });
});

/** The share of pixels inside `rect` (stage px) that differ by more than a little between two shots. */
async function changedShare(page: Page, a: Buffer, b: Buffer, rect: Box): Promise<number> {
  return page.evaluate(
    async ({ a, b, rect }) => {
      const load = async (b64: string): Promise<ImageData> => {
        const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const canvas = new OffscreenCanvas(image.width, image.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(image, 0, 0);
        const [x, y, w, h] = rect.map((v) => Math.max(0, Math.round(v)));
        return ctx.getImageData(x ?? 0, y ?? 0, Math.max(1, w ?? 1), Math.max(1, h ?? 1));
      };
      const [da, db] = await Promise.all([load(a), load(b)]);
      let changed = 0;
      for (let i = 0; i < da.data.length; i += 4) {
        const d =
          Math.abs((da.data[i] ?? 0) - (db.data[i] ?? 0)) +
          Math.abs((da.data[i + 1] ?? 0) - (db.data[i + 1] ?? 0)) +
          Math.abs((da.data[i + 2] ?? 0) - (db.data[i + 2] ?? 0));
        if (d > 30) changed++;
      }
      return changed / (da.data.length / 4);
    },
    { a: a.toString('base64'), b: b.toString('base64'), rect },
  );
}

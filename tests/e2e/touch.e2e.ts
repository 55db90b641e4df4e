// Phones: the whole game by touch alone, in Chromium's phone emulation (touch, a mobile viewport,
// a pixel ratio of 3). Once held sideways (844×390) and once upright (390×844), from the title to
// The End with taps, the kiss by a touch held down; on the way, every control a finger must hit
// is at least 44 CSS px, the lines are at least 16 px, and the page never scrolls sideways.
// Then a seeded storm of taps, long presses, swipes, pinches and turns of the phone in every mode,
// after which the game still plays to the end. No key or mouse event is ever sent.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/rng.mjs';
import { FAST, useBrowser, type GameDriver } from './harness';
import { frames, look, Player, type Screen } from './player';

const browser = useBrowser();

const SIDEWAYS = { width: 844, height: 390 };
const UPRIGHT = { width: 390, height: 844 };

/** Counts what reaches the page that is not a finger: keys, and pointers of the mouse or a pen. */
async function countNonTouch(game: GameDriver): Promise<void> {
  await game.context.addInitScript(() => {
    const counted = { keys: 0, mice: 0, touches: 0 };
    Object.assign(window, { __counted: counted });
    for (const type of ['keydown', 'keyup']) window.addEventListener(type, () => (counted.keys += 1), true);
    window.addEventListener(
      'pointerdown',
      (e) => {
        if (e.pointerType === 'touch') counted.touches += 1;
        else counted.mice += 1;
      },
      true,
    );
    document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '30'));
  });
}

const counted = (page: Page): Promise<{ keys: number; mice: number; touches: number }> =>
  page.evaluate(() => (window as unknown as { __counted: { keys: number; mice: number; touches: number } }).__counted);

/** What a phone's screen must always be: nothing scrolled sideways, nothing zoomed. */
async function checkPage(page: Page, where: string): Promise<void> {
  const m = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    width: window.innerWidth,
    scrollX: window.scrollX,
    scrollY: window.scrollY,
  }));
  expect(m.scrollWidth, `${where}: the page is wider than the screen`).toBeLessThanOrEqual(m.width);
  expect([m.scrollX, m.scrollY], `${where}: the page scrolled`).toEqual([0, 0]);
}

/** Every control on show that a finger must hit, with its size in CSS px. */
function controlSizes(page: Page): Promise<{ name: string; width: number; height: number }[]> {
  return page.evaluate(() => {
    const selectors = [
      '.play-controls button',
      '#btn-fullscreen',
      '.skip-cutscene',
      'button.choice',
      '#title-menu button',
      '.panel:not([hidden]) .menu-list button',
      '.panel:not([hidden]) .panel-close',
    ];
    return [...document.querySelectorAll<HTMLElement>(selectors.join(','))]
      .filter((e) => !e.hidden && e.closest('[hidden]') === null && e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return {
          name: (e.getAttribute('aria-label') ?? e.textContent).trim() || e.id,
          width: Math.round(r.width),
          height: Math.round(r.height),
        };
      });
  });
}

async function checkTargets(page: Page, where: string): Promise<void> {
  const small = (await controlSizes(page)).filter((c) => c.width < 44 || c.height < 44);
  expect(small, `${where}: controls smaller than a fingertip`).toEqual([]);
}

/** The dialogue's type size in CSS px, or null when no line is on show. */
const lineSize = (page: Page): Promise<number | null> =>
  page.evaluate(() => {
    const text = document.querySelector('#dialogue:not([hidden]) .line-text');
    return text ? parseFloat(getComputedStyle(text).fontSize) : null;
  });

/**
 * A player with a thumb: reads on by tapping where the thumb happens to be — the box, the bare
 * picture, the black beside or below it — never only on the box.
 */
class Thumb extends Player {
  private taps = 0;

  override async advance(): Promise<void> {
    const view = this.page.viewportSize() ?? SIDEWAYS;
    const upright = view.height > view.width;
    const spots: [number, number][] = upright
      ? [
          [view.width / 2, view.height - 30], // below the box, where a thumb rests
          [view.width * 0.3, view.height * 0.25], // on the picture
          [view.width / 2, view.height * 0.62], // on the box
        ]
      : [
          [12, view.height / 2], // the black beside the picture
          [view.width * 0.4, view.height * 0.3], // on the picture
          [view.width / 2, view.height * 0.85], // on the box
        ];
    const [x, y] = spots[this.taps++ % spots.length] ?? [view.width / 2, view.height / 2];
    await this.tap(Math.round(x), Math.round(y));
  }
}

/** What a playthrough may check on the way, at its first line and its first choices. */
interface Along {
  readonly atFirstLine?: () => Promise<void>;
  readonly atChoices?: () => Promise<void>;
}

async function playthrough(game: GameDriver, view: { width: number; height: number }, label: string, along: Along = {}): Promise<void> {
  const { page } = game;
  await countNonTouch(game);
  await game.open();
  const thumb = new Thumb(game, 'touch');

  // The title speaks of touch before any touch, and fits a finger.
  expect(await page.locator('#controls-hint').textContent()).toBe('Tap to read on · tap an object to use it · touch and hold to lean in');
  await checkTargets(page, `${label} title`);
  await checkPage(page, `${label} title`);

  await thumb.newGame();
  await thumb.playUntil((s) => s.mode === 'dialogue' && s.dialogue);
  expect(await lineSize(page), `${label}: the dialogue's type`).toBeGreaterThanOrEqual(16);
  await checkTargets(page, `${label} dialogue`);
  await checkPage(page, `${label} dialogue`);
  await game.screenshot(`touch-${label}-line`);
  await along.atFirstLine?.();

  // The ritual: each object by a tap on it.
  await thumb.playUntil((s) => s.mode === 'explore' && s.objects.length > 0);
  await thumb.playUntil((s) => s.choices.length > 0);
  await checkTargets(page, `${label} choices`);
  expect(
    await page.evaluate(() => {
      const list = document.querySelector<HTMLElement>('.choices');
      return list ? list.scrollHeight <= list.clientHeight + 1 && list.getBoundingClientRect().bottom <= window.innerHeight : false;
    }),
    `${label}: the choices fit without scrolling`,
  ).toBe(true);
  await game.screenshot(`touch-${label}-choices`);
  await along.atChoices?.();

  // Pause and back by the on-screen button.
  await thumb.playUntil((s) => s.mode === 'dialogue' && s.dialogue);
  const pause = await page.locator('.play-controls [data-intent="pause"]').boundingBox();
  if (!pause) throw new Error('no pause button');
  await thumb.tap(pause.x + pause.width / 2, pause.y + pause.height / 2);
  await page.waitForFunction(() => document.body.dataset.panel === 'pause', undefined, { timeout: 30_000 });
  await checkTargets(page, `${label} pause`);
  await game.screenshot(`touch-${label}-pause`);
  const resume = await page.locator('#pause-panel').getByRole('button', { name: 'Resume' }).boundingBox();
  if (!resume) throw new Error('no Resume button');
  await thumb.tap(resume.x + resume.width / 2, resume.y + resume.height / 2);
  await page.waitForFunction(() => document.body.dataset.panel === '', undefined, { timeout: 30_000 });

  // The kiss: a touch lifted too soon lets her hesitate; one held down leans all the way.
  await thumb.playUntil((s) => s.hold === 'waiting');
  await checkPage(page, `${label} at the kiss`);
  expect(await page.locator('#hold-prompt').textContent()).toContain('Touch and hold to lean in');
  await thumb.recordHold();
  const canvas = await page.locator('canvas').boundingBox();
  if (!canvas) throw new Error('no canvas');
  const spot: [number, number] = [Math.round(view.width / 2), Math.round(Math.max(canvas.y, 0) + Math.min(canvas.height, view.height) / 3)];
  // At the story's own pace for this, so a short touch is short against the lean.
  const speed = (v: string): Promise<void> =>
    page.evaluate((x) => (document.documentElement.dataset.cutsceneSpeed = x), v).then(() => undefined);
  await speed('1');
  await thumb.touch('touchStart', ...spot);
  await page.waitForFunction(
    () => document.body.dataset.hold === 'holding' && parseFloat(document.querySelector<HTMLElement>('.hold-fill')?.style.width ?? '0') > 0,
    undefined,
    { timeout: 30_000 },
  );
  await thumb.touch('touchEnd', ...spot);
  await page.waitForFunction(() => document.body.dataset.hold === 'waiting', undefined, { timeout: 30_000 });
  // Held again, the ring fills (the same ring the mouse gets) until she has leant all the way.
  await thumb.touch('touchStart', ...spot);
  await page.waitForFunction(() => document.body.dataset.hold === 'holding', undefined, { timeout: 30_000 });
  await game.screenshot(`touch-${label}-kiss-hold`);
  await speed('30');
  await page.waitForFunction(() => document.body.dataset.hold === undefined, undefined, { timeout: 180_000 });
  await thumb.touch('touchEnd', ...spot);
  expect(await thumb.heldStates()).toEqual(expect.arrayContaining(['holding', 'waiting']));
  await game.waitForLog('Their lips meet.', 180_000);

  // The reunion to The End, and back to the title.
  await thumb.playToTheCredits();
  await checkPage(page, `${label} at the credits`);
  await frames(page, 2);
  await thumb.tap(Math.round(view.width / 2), Math.round(view.height / 2));
  await game.waitForTitle();
  expect(await game.logLines()).toContain('Spike: But I heard the last bit.');
  const seen = await counted(page);
  expect({ keys: seen.keys, mice: seen.mice }, 'only fingers reached the page').toEqual({ keys: 0, mice: 0 });
  expect(seen.touches).toBeGreaterThan(50);
  expect(await page.evaluate(() => document.body.dataset.device)).toBe('touch');
}

describe('a phone', () => {
  it('held sideways at 844×390 plays from the title to The End by taps alone', { timeout: 900_000 }, async () => {
    const game = await browser.game({ settings: FAST, viewport: SIDEWAYS, phone: true });
    await playthrough(game, SIDEWAYS, 'sideways');
  });

  it(
    'held upright at 390×844 plays from the title to The End by taps alone, the picture above the words',
    { timeout: 900_000 },
    async () => {
      const game = await browser.game({ settings: FAST, viewport: UPRIGHT, phone: true });
      const { page } = game;
      const turnAndBack = async (): Promise<void> => {
        await page.setViewportSize(SIDEWAYS);
        await frames(page, 2);
        expect(await page.evaluate(() => document.body.dataset.layout)).toBe('landscape');
        await page.setViewportSize(UPRIGHT);
        await frames(page, 2);
        expect(await page.evaluate(() => document.body.dataset.layout)).toBe('portrait');
      };
      await playthrough(game, UPRIGHT, 'upright', {
        atFirstLine: async () => {
          // The picture takes at least 40 % of the screen and the words sit below it.
          const layout = await page.evaluate(() => {
            const canvas = document.querySelector('canvas')?.getBoundingClientRect();
            const box = document.getElementById('dialogue')?.getBoundingClientRect();
            return { canvasTop: canvas?.top ?? 0, canvasBottom: canvas?.bottom ?? 0, boxTop: box?.top ?? 0, boxBottom: box?.bottom ?? 0 };
          });
          expect((layout.canvasBottom - Math.max(0, layout.canvasTop)) / UPRIGHT.height).toBeGreaterThanOrEqual(0.4);
          expect(layout.boxTop).toBeGreaterThanOrEqual(layout.canvasBottom);
          expect(layout.boxBottom).toBeLessThanOrEqual(UPRIGHT.height);
          // Turning the phone mid-line and back keeps the line, the mode and the place.
          const line = (): Promise<unknown> =>
            page.evaluate(() => ({ mode: document.body.dataset.mode, line: document.querySelector('#dialogue .line-text')?.textContent }));
          const before = await line();
          await turnAndBack();
          expect(await line()).toEqual(before);
        },
        atChoices: async () => {
          const before = (await look(page)).choices;
          await turnAndBack();
          expect((await look(page)).choices).toEqual(before);
        },
      });
    },
  );
});

/** A seeded storm of fingers: taps, long presses, swipes, two-finger pinches and turns of the phone. */
async function storm(page: Page, cdp: CDPSession, random: () => number, events: number): Promise<void> {
  let view = page.viewportSize() ?? SIDEWAYS;
  const point = (): { x: number; y: number } => ({ x: Math.floor(random() * view.width), y: Math.floor(random() * view.height) });
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]): Promise<unknown> =>
    cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : points.map((p, id) => ({ ...p, id })) });
  for (let i = 0; i < events; i++) {
    const r = random();
    const p = point();
    if (r < 0.45) {
      await touch('touchStart', [p]);
      await touch('touchEnd', []);
    } else if (r < 0.6) {
      await touch('touchStart', [p]);
      await page.waitForTimeout(200 + Math.floor(random() * 700));
      await touch('touchEnd', []);
    } else if (r < 0.78) {
      const to = point();
      await touch('touchStart', [p]);
      for (let s = 1; s <= 4; s++)
        await touch('touchMove', [{ x: Math.round(p.x + ((to.x - p.x) * s) / 4), y: Math.round(p.y + ((to.y - p.y) * s) / 4) }]);
      await touch('touchEnd', []);
    } else if (r < 0.93) {
      const q = point();
      const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
      await touch('touchStart', [p, q]);
      for (let s = 1; s <= 3; s++) {
        const k = random() < 0.5 ? 1 - s * 0.25 : 1 + s * 0.3;
        const at = (a: { x: number; y: number }): { x: number; y: number } => ({
          x: Math.round(mid.x + (a.x - mid.x) * k),
          y: Math.round(mid.y + (a.y - mid.y) * k),
        });
        await touch('touchMove', [at(p), at(q)]);
      }
      await touch('touchEnd', []);
    } else {
      view = { width: view.height, height: view.width };
      await page.setViewportSize(view);
    }
  }
}

describe('a storm of fingers', () => {
  it('in every mode raises no error, and the game still plays to The End', { timeout: 900_000 }, async () => {
    // A pixel ratio of 1 and the light mode (no bloom, dust or film): the storm is about input,
    // and each touch waits for the frame being drawn, which a phone's 3 and the effects only slow
    // in software WebGL.
    const game = await browser.game({ settings: { ...FAST, lightMode: 'on' }, viewport: SIDEWAYS, phone: true, pixelRatio: 1 });
    await countNonTouch(game);
    const { page } = game;
    const cdp = await game.context.newCDPSession(page);
    const seed = Number(process.env.STORM_SEED ?? 0x7a9);
    const random = mulberry32(seed);
    // The story's own cutscenes and waits at thirty times their pace: the storm is about input.
    await game.context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '30')),
    );
    const thumb = new Thumb(game, 'touch');
    const modes: string[] = [];
    const burst = async (label: string, n = 40): Promise<void> => {
      modes.push(label);
      await storm(page, cdp, random, n);
      await checkPage(page, `after the storm in ${label}`);
      expect(
        await page.evaluate(() => document.getElementById('error')?.hidden),
        `the error screen after the storm in ${label} (seed ${String(seed)})`,
      ).toBe(true);
    };
    /** Plays on with taps, closing any panel the storm opened, until `done`. */
    const playOn = async (done: (s: Screen) => boolean, limit = 1500): Promise<void> => {
      for (let i = 0; i < limit; i++) {
        const s = await look(page);
        if (done(s)) return;
        if (s.panel !== '') {
          // Its own way out, in whatever language the storm left: Close / Done / Back, or the pause menu's Resume.
          const panel = page.locator(`#${s.panel}-panel:not([hidden])`);
          const way =
            (await panel.locator('.panel-close').count()) > 0 ? panel.locator('.panel-close') : panel.locator('.menu-list button');
          const close = await way.first().boundingBox();
          if (close) await thumb.tap(close.x + close.width / 2, close.y + close.height / 2);
          await frames(page, 2);
        } else if (s.titleShowing) {
          const resume = page.locator('#btn-continue');
          await thumb.pressControl((await resume.isVisible()) ? '#btn-continue' : '#btn-new', '');
          await frames(page, 2);
        } else await thumb.step();
      }
      throw new Error(`did not get there in ${String(limit)} steps (seed ${String(seed)})`);
    };

    await game.open();
    await burst('title');
    await playOn((s) => s.mode === 'cutscene' || s.mode === 'dialogue');
    if ((await look(page)).mode === 'cutscene') await burst('cutscene', 20);
    await playOn((s) => s.mode === 'dialogue' && s.dialogue);
    await burst('dialogue');
    await playOn((s) => s.mode === 'explore');
    await burst('ritual');
    await playOn((s) => s.choices.length > 0);
    await burst('choices');
    await playOn((s) => s.mode === 'dialogue' && s.dialogue);
    const pause = await page.locator('.play-controls [data-intent="pause"]').boundingBox();
    if (pause) await thumb.tap(pause.x + pause.width / 2, pause.y + pause.height / 2);
    await burst('pause', 30);
    await playOn((s) => s.hold === 'waiting');
    await burst('kiss', 20);
    await thumb.slowTheCreditsWhenTheyRoll();
    await playOn((s) => s.credits);
    await thumb.tap(Math.round((page.viewportSize() ?? SIDEWAYS).width / 2), 100);
    await game.waitForTitle();
    expect(modes).toEqual(['title', ...(modes.includes('cutscene') ? ['cutscene'] : []), 'dialogue', 'ritual', 'choices', 'pause', 'kiss']);
    expect(await counted(page)).toMatchObject({ keys: 0, mice: 0 });
  });
});

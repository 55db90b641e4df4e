// Nothing a player does breaks the game: a seeded storm of keys, clicks, drags, wheel turns and
// resizes in every mode, then the same session plays on to The End; a missing file shows an
// in-game message with Reload; a lost WebGL context comes back drawing the same scene; a hidden
// tab pauses sound and the cutscene clock.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/rng.mjs';
import { FAST, useBrowser } from './harness';
import { look, Player, type Screen } from './player';

const browser = useBrowser();

/** What the storm test did last, for the message when it fails. */
const trail: string[] = [];
const note = (line: string): void => {
  trail.push(`${new Date().toISOString().slice(11, 19)} ${line}`);
  // STORM_LOG=1 prints the trail as it goes (to see where the time goes).
  if (process.env.STORM_LOG) process.stderr.write(`${trail.at(-1) ?? ''}\n`);
  if (trail.length > 40) trail.shift();
};

/** The keys the storm presses, as Chromium's input layer wants them (Shift+Tab adds Shift). */
interface StormKey {
  readonly code: string;
  readonly key: string;
  readonly keyCode: number;
  readonly text?: string;
  readonly shift?: boolean;
}
const KEYS: readonly StormKey[] = [
  { code: 'Space', key: ' ', keyCode: 32, text: ' ' },
  { code: 'Enter', key: 'Enter', keyCode: 13, text: '\r' },
  { code: 'Escape', key: 'Escape', keyCode: 27 },
  { code: 'Tab', key: 'Tab', keyCode: 9 },
  { code: 'Tab', key: 'Tab', keyCode: 9, shift: true },
  { code: 'ArrowUp', key: 'ArrowUp', keyCode: 38 },
  { code: 'ArrowDown', key: 'ArrowDown', keyCode: 40 },
  { code: 'ArrowLeft', key: 'ArrowLeft', keyCode: 37 },
  { code: 'ArrowRight', key: 'ArrowRight', keyCode: 39 },
  { code: 'Digit1', key: '1', keyCode: 49, text: '1' },
  { code: 'Digit2', key: '2', keyCode: 50, text: '2' },
  { code: 'Digit3', key: '3', keyCode: 51, text: '3' },
  { code: 'KeyE', key: 'e', keyCode: 69, text: 'e' },
  { code: 'KeyM', key: 'm', keyCode: 77, text: 'm' },
  { code: 'KeyH', key: 'h', keyCode: 72, text: 'h' },
  { code: 'KeyS', key: 's', keyCode: 83, text: 's' },
  { code: 'KeyF', key: 'f', keyCode: 70, text: 'f' },
  { code: 'KeyA', key: 'a', keyCode: 65, text: 'a' },
  { code: 'PageDown', key: 'PageDown', keyCode: 34 },
  { code: 'Backspace', key: 'Backspace', keyCode: 8 },
];
const SHIFT = 8;

/**
 * Input messages sent together before the storm waits for the browser to take them (about 100
 * events; every wait costs a frame, and a frame in software WebGL costs up to a second).
 */
const VOLLEY = 240;

/** Input messages sent, and those the browser refused to deliver (not the game's doing). */
const delivery = { sent: 0, refused: 0 };

/**
 * A seeded storm of real (trusted) input: keys, clicks, drags, wheel turns and resizes, in the
 * proportions a frantic player might use. Events go to Chromium's input layer through the
 * DevTools protocol in volleys without a round trip each: a mouse move or wheel turn is only
 * acknowledged at the next frame, which in software WebGL takes a large part of a second, so
 * sending them one at a time made a few hundred events take minutes.
 */
async function storm(page: Page, cdp: CDPSession, random: () => number, events: number): Promise<void> {
  let view = page.viewportSize() ?? { width: 1280, height: 720 };
  let volley: Promise<unknown>[] = [];
  const put = (sent: Promise<unknown>, what: string): void => {
    delivery.sent++;
    volley.push(
      sent.catch((error: unknown) => {
        // Chromium answers "Internal error" for the mouse-up that ends a native drag (a drag of
        // selected text); the storm goes on, and the count is checked at the end.
        delivery.refused++;
        note(`the browser refused ${what}: ${error instanceof Error ? error.message : String(error)}`);
      }),
    );
  };
  const flush = async (): Promise<void> => {
    await Promise.all(volley);
    volley = [];
  };
  const mouse = (
    type: 'mouseMoved' | 'mousePressed' | 'mouseReleased',
    x: number,
    y: number,
    button: 'none' | 'left' | 'right' = 'none',
    buttons = 0,
  ): void => {
    put(
      cdp.send('Input.dispatchMouseEvent', { type, x, y, button, buttons, clickCount: type === 'mouseMoved' ? 0 : 1 }),
      `${type} ${button} ${String(x)},${String(y)}`,
    );
  };
  const point = (): [number, number] => [Math.floor(random() * view.width), Math.floor(random() * view.height)];
  for (let i = 0; i < events; i++) {
    const r = random();
    const [x, y] = point();
    if (r < 0.45) {
      const k = KEYS[Math.floor(random() * KEYS.length)] ?? KEYS[0];
      if (!k) continue;
      const modifiers = k.shift ? SHIFT : 0;
      const common = { code: k.code, key: k.key, windowsVirtualKeyCode: k.keyCode, modifiers };
      if (k.shift)
        put(
          cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', code: 'ShiftLeft', key: 'Shift', windowsVirtualKeyCode: 16, modifiers }),
          'Shift down',
        );
      put(
        cdp.send(
          'Input.dispatchKeyEvent',
          k.text === undefined ? { type: 'rawKeyDown', ...common } : { type: 'keyDown', text: k.text, unmodifiedText: k.text, ...common },
        ),
        `${k.code} down`,
      );
      put(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common }), `${k.code} up`);
      if (k.shift)
        put(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', code: 'ShiftLeft', key: 'Shift', windowsVirtualKeyCode: 16 }), 'Shift up');
    } else if (r < 0.75) {
      const button = random() < 0.9 ? 'left' : 'right';
      mouse('mouseMoved', x, y);
      mouse('mousePressed', x, y, button, button === 'left' ? 1 : 2);
      mouse('mouseReleased', x, y, button);
    } else if (r < 0.85) {
      const [tx, ty] = point();
      mouse('mouseMoved', x, y);
      mouse('mousePressed', x, y, 'left', 1);
      for (let s = 1; s <= 3; s++) mouse('mouseMoved', Math.round(x + ((tx - x) * s) / 3), Math.round(y + ((ty - y) * s) / 3), 'left', 1);
      mouse('mouseReleased', tx, ty, 'left');
    } else if (r < 0.98) {
      put(
        cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: (random() - 0.5) * 600, deltaY: (random() - 0.5) * 1200 }),
        `wheel ${String(x)},${String(y)}`,
      );
    } else {
      await flush();
      view = { width: 480 + Math.floor(random() * 1000), height: 300 + Math.floor(random() * 600) };
      await page.setViewportSize(view);
    }
    if (volley.length >= VOLLEY) await flush();
  }
  // Nothing stays held (an event the browser refused may have been a release).
  mouse('mouseReleased', 0, 0, 'left');
  mouse('mouseReleased', 0, 0, 'right');
  put(cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', code: 'ShiftLeft', key: 'Shift', windowsVirtualKeyCode: 16 }), 'Shift up');
  await flush();
  await page.setViewportSize({ width: 1280, height: 720 });
}

/**
 * Plays on as a player would, closing with the mouse any panel the storm left open (the storm
 * may have rebound Esc), until `done` says stop.
 */
async function playUntil(player: Player, done: (s: Screen) => boolean, limit = 400): Promise<Screen> {
  const { page } = player;
  for (let i = 0; i < limit; i++) {
    const s = await look(page);
    note(
      `step: mode ${s.mode}, beat ${s.beat}, panel ${s.panel || '-'}, title ${String(s.titleShowing)}, ${String(s.choices.length)} choices`,
    );
    if (done(s)) return s;
    if (s.panel !== '') {
      const close = page.locator(`#${s.panel}-panel:not([hidden])`).getByRole('button', { name: /^(Done|Close|Back|Resume)$/ });
      await close
        .first()
        .click({ timeout: 5000 })
        .catch(() => page.keyboard.press('Escape'));
    } else if (s.titleShowing) {
      const resume = page.locator('#btn-continue');
      await ((await resume.isVisible()) ? resume : page.locator('#btn-new')).click();
    } else await player.step();
  }
  throw new Error(`did not get there in ${String(limit)} steps (mode ${(await look(page)).mode})`);
}

describe('robustness', () => {
  it('survives a seeded storm of input in every mode and still plays to The End', async () => {
    const game = await browser.game({ settings: FAST });
    await game.context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '8')),
    );
    const cdp = await game.context.newCDPSession(game.page);
    // Replay a failure with the seed it names.
    const seed = Number(process.env.STORM_SEED ?? 0xc0ffee);
    const random = mulberry32(seed);
    const player = new Player(game, 'mouse');
    const modes = new Set<string>();
    const navigations: string[] = [];
    game.page.on('framenavigated', (frame) => {
      if (frame === game.page.mainFrame()) {
        navigations.push(frame.url());
        note(`navigated to ${frame.url()}`);
      }
    });
    let total = 0;
    const burst = async (label: string, n = 400): Promise<void> => {
      const started = Date.now();
      const before = await look(game.page);
      modes.add(label);
      await storm(game.page, cdp, random, n);
      total += n;
      const after = await look(game.page);
      note(
        `storm ${label} (${n} events, ${String(Date.now() - started)} ms): mode ${before.mode} → ${after.mode}, panel ${after.panel || '-'}`,
      );
    };
    trail.length = 0;
    delivery.sent = delivery.refused = 0;
    try {
      await game.open();
      // A sideways wheel or touchpad swipe past the page's edge can be the browser's Back. An
      // earlier storm went Back to about:blank (the game gone) just after two sideways wheel
      // turns; the page opts out of overscroll navigation, and any navigation fails this test.
      expect(await game.page.evaluate(() => getComputedStyle(document.body).overscrollBehaviorX)).toBe('none');
      await burst('title');
      await game.page.reload();
      await game.waitForTitle();
      // The title's storm may have picked another language: the buttons go by their ids from here on.
      await game.page.locator('#btn-settings').click();
      await burst('settings');
      await game.page.reload();
      await game.waitForTitle();
      await game.page.locator('#btn-new').click();
      await game.waitForMode('cutscene', 60_000).catch(() => undefined);
      if ((await game.mode()) === 'cutscene') await burst('cutscene', 200);
      await playUntil(player, (s) => s.mode === 'dialogue' && s.choices.length === 0);
      await burst('dialogue');
      await playUntil(player, (s) => s.mode === 'explore');
      await burst('ritual');
      await playUntil(player, (s) => s.mode === 'dialogue');
      await game.press('Escape');
      await game.waitForMode('paused', 10_000).catch(() => undefined);
      await burst('pause', 200);
      await playUntil(player, (s) => s.choices.length > 0, 600);
      await burst('choices');
      expect([...modes].sort()).toEqual(['choices', 'cutscene', 'dialogue', 'pause', 'ritual', 'settings', 'title']);
      expect(total).toBeGreaterThanOrEqual(2000);
      // The same session plays on to the end and back to the title.
      await playUntil(player, (s) => s.beat === 'reunion' || s.mode === 'ended', 1200);
      await playUntil(player, (s) => s.titleShowing && s.mode === 'title', 400);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nseed ${String(seed)}; last steps:\n${trail.join('\n')}`, {
        cause: error,
      });
    }
    expect(
      navigations.filter((url) => url !== game.server.url),
      'the storm navigated away from the game',
    ).toEqual([]);
    expect(delivery.refused, `input the browser refused, of ${String(delivery.sent)} messages`).toBeLessThan(delivery.sent / 50);
    expect(await game.page.evaluate(() => document.getElementById('error')?.hidden)).toBe(true);
  });

  it('shows an in-game message with a Reload button when a game file fails to load', async () => {
    const game = await browser.game({ settings: FAST });
    game.faults.allow(/404|Failed to load resource|could not be loaded|request failed/i);
    await game.page.route(/\/assets\/sprites-[\w-]+\.(png|webp|avif)$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await game.page.goto(game.server.url);
    const error = game.page.locator('#error');
    await error.waitFor({ state: 'visible', timeout: 120_000 });
    await expect.poll(() => game.page.locator('#error-text').textContent()).toMatch(/could not be loaded|sprites/i);
    const reload = game.page.getByRole('button', { name: /reload/i });
    expect(await reload.isVisible()).toBe(true);
    expect(await game.page.evaluate(() => document.activeElement?.id)).toBe('btn-reload');
    await game.page.unroute(/\/assets\/sprites-[\w-]+\.(png|webp|avif)$/);
    await reload.click();
    await game.waitForTitle();
  });

  it('keeps drawing the same scene after the WebGL context is lost and restored', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.clickButton('New game');
    const player = new Player(game, 'mouse');
    await playUntil(player, (s) => s.mode === 'explore');
    const before = await game.page.evaluate(() => ({
      mode: document.body.dataset.mode,
      beat: document.body.dataset.beat,
      lines: document.querySelectorAll('#story-log p').length,
    }));
    const brightness = async (): Promise<number> => {
      const shot = await game.page.locator('canvas').screenshot();
      // Mean of the PNG's bytes is a crude but monotonic stand-in for "something is drawn".
      let sum = 0;
      for (const b of shot) sum += b;
      return sum / shot.length;
    };
    const lit = await brightness();
    const lost = await game.page.evaluate(async () => {
      const canvas = document.querySelector('canvas');
      const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
      const ext = gl?.getExtension('WEBGL_lose_context');
      if (!gl || !ext) return false;
      ext.loseContext();
      await new Promise((r) => setTimeout(r, 1500));
      ext.restoreContext();
      await new Promise((r) => setTimeout(r, 500));
      return !gl.isContextLost();
    });
    expect(lost).toBe(true);
    await game.page.waitForTimeout(3000);
    const after = await game.page.evaluate(() => ({
      mode: document.body.dataset.mode,
      beat: document.body.dataset.beat,
      lines: document.querySelectorAll('#story-log p').length,
    }));
    expect(after).toEqual(before);
    expect(await brightness()).toBeGreaterThan(lit * 0.6);
    await game.screenshot('robustness-context-restored');
    // And it still plays.
    await player.step();
    await game.page.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, before.lines, { timeout: 60_000 });
  });

  it('pauses sound and the cutscene clock in a hidden tab, and resumes without jumping ahead', async () => {
    const game = await browser.game({ settings: FAST });
    await game.open();
    await game.clickButton('New game');
    await game.waitForMode('cutscene', 60_000);
    const setHidden = (hidden: boolean): Promise<void> =>
      game.page.evaluate((h) => {
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => h });
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') });
        document.dispatchEvent(new Event('visibilitychange'));
      }, hidden);
    const snapshot = (): Promise<{ lines: number; audio: string | undefined; mode: string | undefined }> =>
      game.page.evaluate(() => ({
        lines: document.querySelectorAll('#story-log p').length,
        audio: (window as unknown as { Howler?: { ctx?: AudioContext } }).Howler?.ctx?.state,
        mode: document.body.dataset.mode,
      }));
    await setHidden(true);
    const hidden = await snapshot();
    await game.page.waitForTimeout(6000);
    const stillHidden = await snapshot();
    expect(stillHidden.lines, 'the cutscene went on while the tab was hidden').toBe(hidden.lines);
    expect(stillHidden.mode).toBe('cutscene');
    expect(stillHidden.audio).toBe('suspended');
    await setHidden(false);
    const resumed = await snapshot();
    await game.page.waitForTimeout(300);
    const soon = await snapshot();
    expect(soon.lines - resumed.lines, 'resuming jumped ahead').toBeLessThanOrEqual(1);
    await expect.poll(async () => (await snapshot()).audio, { timeout: 10_000 }).toBe('running');
  });
});

// The itch.io embed: the packaged zip, unzipped and served under a sub-path on one loopback
// origin, inside an iframe on a page from another loopback origin (another port). At each
// frame size the game fits without scrollbars or cut-off UI, a click gives it the keyboard,
// Space and the arrows never scroll the page around it, and no request leaves its origin.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIP_PATH, zipDist } from '../../scripts/package.mjs';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';
import { ARTIFACTS, launchChromium } from './harness';

const UNZIPPED = join(ARTIFACTS, 'embed-unzipped');
const GAME_PATH = '/html/654321/';
let browser: Browser | null = null;
let game: StaticServer | null = null;
let host: StaticServer | null = null;

/** The outer page: tall enough to scroll, the game's iframe near its top, like an itch.io page. */
function hostPage(src: string, width: number, height: number): string {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>
<style>body{margin:0;background:#333;color:#ddd;font:16px sans-serif} .filler{height:3000px;padding:20px}</style></head>
<body><p style="margin:20px">An itch.io-like page</p>
<iframe id="game" src="${src}" width="${width}" height="${height}" allow="fullscreen; autoplay" allowfullscreen style="border:0;display:block;margin:0 20px"></iframe>
<div class="filler">Comments and more page below the game…</div></body></html>`;
}

beforeAll(async () => {
  // The very zip the package command writes, unpacked as itch.io would serve it.
  const zip = zipDist();
  expect(zip.ok).toBe(true);
  const files = unzipSync(new Uint8Array(readFileSync(ZIP_PATH)));
  rmSync(UNZIPPED, { recursive: true, force: true });
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(UNZIPPED, name)), { recursive: true });
    writeFileSync(join(UNZIPPED, name), data);
  }
  game = await serveStatic({ root: UNZIPPED, basePath: GAME_PATH });
  const gameUrl = game.url;
  host = await serveStatic({
    root: UNZIPPED,
    basePath: '/nothing-here/',
    extra: (req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (url.pathname !== '/embed') return false;
      const w = Number(url.searchParams.get('w'));
      const h = Number(url.searchParams.get('h'));
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(gameUrl, w, h));
      return true;
    },
  });
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await game?.close();
  await host?.close();
});

interface Embedded {
  readonly page: Page;
  readonly frame: Frame;
  readonly faults: string[];
  readonly close: () => Promise<void>;
}

async function embed(width: number, height: number): Promise<Embedded> {
  if (!browser || !game || !host) throw new Error('servers not ready');
  const context = await browser.newContext({ viewport: { width: Math.max(1000, width + 80), height: Math.max(700, height + 160) } });
  // Instant text: this test is about the frame, not the typewriter. Runs in every frame.
  await context.addInitScript(() => {
    // Cutscenes at 8× (the tests' knob): the frame, not the pacing, is under test here.
    document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '8'));
    try {
      if (localStorage.getItem('every-night:settings') === null)
        localStorage.setItem('every-night:settings', JSON.stringify({ textSpeed: 0 }));
    } catch {
      /* the host page has its own storage */
    }
    const seen: number[] = [];
    (window as unknown as { progressSeen: number[] }).progressSeen = seen;
    new MutationObserver(() => {
      const value = Number(document.getElementById('loading-bar')?.getAttribute('aria-valuenow'));
      if (seen.at(-1) !== value) seen.push(value);
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
  const page = await context.newPage();
  const faults: string[] = [];
  const gameOrigin = new URL(game.url).origin;
  const hostOrigin = new URL(host.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') faults.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => faults.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => faults.push(`request failed: ${r.url()}`));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    const fromGame = r.frame().url().startsWith(gameOrigin);
    if (fromGame && !url.startsWith(gameOrigin)) faults.push(`the game's request left its origin: ${url}`);
    if (!fromGame && !url.startsWith(hostOrigin) && !url.startsWith(gameOrigin)) faults.push(`request left both local origins: ${url}`);
  });
  await page.goto(`${hostOrigin}/embed?w=${width}&h=${height}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const frame = await (await page.waitForSelector('#game', { timeout: 120_000 })).contentFrame();
  if (!frame) throw new Error('no game frame');
  await frame.locator('#title:not([hidden])').waitFor({ state: 'visible', timeout: 180_000 });
  return { page, frame, faults, close: () => context.close() };
}

/** Inside the frame: no scrollbars, the canvas fills it (letterboxed to 16:9), every visible control inside it. */
async function expectFits(frame: Frame, width: number, height: number): Promise<void> {
  const fit = await frame.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const r = canvas?.getBoundingClientRect();
    const outside = [...document.querySelectorAll('button, h1, .tagline, .content-note, .disclaimer')]
      .filter((b) => b instanceof HTMLElement && b.offsetParent !== null && b.getClientRects().length > 0)
      .map((b) => ({ label: b.textContent.trim().slice(0, 30), r: b.getBoundingClientRect() }))
      .filter(({ r: b }) => b.left < -1 || b.top < -1 || b.right > window.innerWidth + 1 || b.bottom > window.innerHeight + 1)
      .map(({ label }) => label);
    const root = document.documentElement;
    return {
      inner: { w: window.innerWidth, h: window.innerHeight },
      scroll: { w: root.scrollWidth, h: root.scrollHeight },
      canvas: r ? { left: r.left, top: r.top, w: r.width, h: r.height } : null,
      outside,
    };
  });
  expect(fit.inner).toEqual({ w: width, h: height });
  expect(fit.scroll.w, 'no horizontal scrollbar').toBeLessThanOrEqual(width);
  expect(fit.scroll.h, 'no vertical scrollbar').toBeLessThanOrEqual(height);
  const canvas = fit.canvas;
  if (!canvas) throw new Error('no canvas in the frame');
  const scale = Math.min(width / 1280, height / 720);
  expect(Math.abs(canvas.w - 1280 * scale), 'canvas width fills the frame (fit)').toBeLessThanOrEqual(2);
  expect(Math.abs(canvas.h - 720 * scale), 'canvas height fills the frame (fit)').toBeLessThanOrEqual(2);
  expect(Math.abs(canvas.left - (width - canvas.w) / 2), 'canvas centred').toBeLessThanOrEqual(2);
  expect(Math.abs(canvas.top - (height - canvas.h) / 2), 'canvas centred').toBeLessThanOrEqual(2);
  expect(fit.outside, 'UI cut off by the frame').toEqual([]);
}

const mode = (frame: Frame): Promise<string | undefined> => frame.evaluate(() => document.body.dataset.mode);
const outerScroll = (page: Page): Promise<number> => page.evaluate(() => window.scrollY + window.scrollX);

describe('the game embedded in an itch.io-like page', () => {
  it('at 960×540: loads with real progress, a click gives it the keyboard, the opening plays by keys, the page never scrolls', async () => {
    const e = await embed(960, 540);
    await expectFits(e.frame, 960, 540);
    const progress = await e.frame.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(progress.filter((p) => p > 0 && p < 100).length, `loading bar steps: ${progress.join(',')}`).toBeGreaterThanOrEqual(2);
    expect(progress, 'the bar only moves forward').toEqual([...progress].sort((a, b) => a - b));
    // Nothing needs SharedArrayBuffer: the game runs without cross-origin isolation.
    expect(await e.frame.evaluate(() => window.crossOriginIsolated)).toBe(false);

    // One click on the title gives the game the keyboard.
    const box = await e.frame.locator('#btn-new').boundingBox();
    if (!box) throw new Error('New game is not on screen');
    await e.page.evaluate(() => window.scrollTo(0, 0));
    await e.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await e.frame.waitForFunction(() => document.body.dataset.mode !== 'title', undefined, { timeout: 60_000 });
    expect(await e.frame.evaluate(() => document.hasFocus())).toBe(true);
    for (let i = 0; i < 120 && (await mode(e.frame)) !== 'explore'; i++) {
      const m = await mode(e.frame);
      if (m === 'dialogue') await e.page.keyboard.press('Space');
      else if (m === 'cutscene')
        await e.frame.waitForFunction(() => document.body.dataset.mode !== 'cutscene', undefined, { timeout: 180_000 });
      else await e.page.waitForTimeout(200);
    }
    expect(await mode(e.frame)).toBe('explore');
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'PageDown', 'ArrowLeft']) await e.page.keyboard.press(key);
    await e.page.keyboard.press('Enter');
    await e.frame.waitForFunction(() => document.querySelectorAll('#story-log p').length > 3, undefined, { timeout: 60_000 });
    await e.page.keyboard.press('Space');
    await e.page.keyboard.press('ArrowDown');
    expect(await outerScroll(e.page), 'Space and the arrows scrolled the page around the game').toBe(0);
    await expectFits(e.frame, 960, 540);

    // Fullscreen from F and from the on-screen button; the game reflows to the screen and back.
    await e.page.keyboard.press('KeyF');
    await e.frame.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 10_000 });
    await e.frame.waitForFunction(
      () =>
        Math.abs(
          (document.querySelector('canvas')?.getBoundingClientRect().width ?? 0) -
            Math.min(window.innerWidth, (window.innerHeight * 16) / 9),
        ) < 3,
      undefined,
      { timeout: 10_000 },
    );
    await e.page.keyboard.press('KeyF');
    await e.frame.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 10_000 });
    await e.frame.locator('#btn-fullscreen').click();
    await e.frame.waitForFunction(() => document.fullscreenElement !== null, undefined, { timeout: 10_000 });
    await expect.poll(() => e.frame.locator('#btn-fullscreen').getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    await e.frame.locator('#btn-fullscreen').click();
    await e.frame.waitForFunction(() => document.fullscreenElement === null, undefined, { timeout: 10_000 });
    await e.frame.waitForFunction(
      () => Math.abs((document.querySelector('canvas')?.getBoundingClientRect().width ?? 0) - 960) < 3,
      undefined,
      { timeout: 10_000 },
    );
    await expectFits(e.frame, 960, 540);
    await e.page.screenshot({ path: join(ARTIFACTS, 'embed-960x540.png') });
    expect(e.faults).toEqual([]);
    await e.close();
  });

  for (const [width, height] of [
    [1280, 720],
    [640, 360],
    [777, 555],
    [1000, 420],
  ] as const) {
    it(`fits a ${width}×${height} frame and takes the keyboard after a click`, async () => {
      const e = await embed(width, height);
      await expectFits(e.frame, width, height);
      const box = await e.frame.locator('#btn-new').boundingBox();
      if (!box) throw new Error('New game is not on screen');
      await e.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await e.frame.waitForFunction(
        () => document.body.dataset.mode === 'dialogue' || document.body.dataset.mode === 'cutscene',
        undefined,
        { timeout: 60_000 },
      );
      const before = await e.frame.evaluate(() => document.querySelectorAll('#story-log p').length);
      for (let i = 0; i < 4; i++) {
        await e.page.keyboard.press('Space');
        await e.page.keyboard.press('ArrowDown');
      }
      await e.frame.waitForFunction((n) => document.querySelectorAll('#story-log p').length > n, before, { timeout: 60_000 });
      expect(await outerScroll(e.page)).toBe(0);
      await expectFits(e.frame, width, height);
      await e.page.screenshot({ path: join(ARTIFACTS, `embed-${width}x${height}.png`) });
      expect(e.faults).toEqual([]);
      await e.close();
    });
  }
});

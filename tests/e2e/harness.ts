// The browser test harness: serves the BUILT game (dist/) under a sub-path as itch.io's CDN
// does, drives the system Chromium through playwright-core, and fails a test on any console
// error, page error, failed request, or request that leaves the local server.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/static-server.mjs';

export const ROOT = join(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const BASE_PATH = '/html/123456/';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian: `apt-get update && apt-get install -y chromium`) or set CHROME_PATH to its binary.',
    );
  }
  return found;
}

export async function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  // A test that sets its own autoplay policy replaces the default one.
  const overridden = (flag: string): boolean => extraFlags.some((f) => f.split('=')[0] === flag.split('=')[0]);
  const flags = [...CHROMIUM_FLAGS.filter((f) => !overridden(f)), ...extraFlags];
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: flags });
}

export function serveDist(basePath = BASE_PATH): Promise<StaticServer> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  return serveStatic({ root: DIST, basePath });
}

export interface GameOptions {
  /** Settings merged into storage before the game loads (e.g. instant text). */
  readonly settings?: Record<string, unknown>;
  /** Raw localStorage entries to plant before load (keys as stored). */
  readonly storage?: Record<string, string>;
  readonly viewport?: { width: number; height: number };
  readonly reducedMotion?: boolean;
  readonly chromiumFlags?: string[];
  /** The browser's language (navigator.languages), e.g. 'es-ES'. */
  readonly locale?: string;
  /** A phone: Chromium's mobile emulation (touch, a mobile viewport, a pixel ratio of 3). */
  readonly phone?: boolean;
  /** The phone's pixel ratio (3 unless given). */
  readonly pixelRatio?: number;
}

/** Faults seen in the page; a test fails in afterEach when any is left. */
export class Faults {
  readonly list: string[] = [];
  private allowed: RegExp[] = [];

  allow(pattern: RegExp): void {
    this.allowed.push(pattern);
  }

  add(fault: string): void {
    if (!this.allowed.some((p) => p.test(fault))) this.list.push(fault);
  }

  takeAll(): string[] {
    const taken = this.list.splice(0);
    this.allowed = [];
    return taken;
  }
}

export class GameDriver {
  constructor(
    readonly page: Page,
    readonly context: BrowserContext,
    readonly server: StaticServer,
    readonly faults: Faults,
  ) {}

  /** Opens the game at its sub-path and waits until the title is ready. */
  async open(): Promise<void> {
    await this.page.goto(this.server.url);
    await this.waitForTitle();
  }

  async waitForTitle(): Promise<void> {
    await this.page.locator('#title:not([hidden])').waitFor({ state: 'visible', timeout: 120_000 });
  }

  async mode(): Promise<string | undefined> {
    return this.page.evaluate(() => document.body.dataset.mode);
  }

  async waitForMode(mode: string, timeout = 120_000): Promise<void> {
    await this.page.waitForFunction((m) => document.body.dataset.mode === m, mode, { timeout });
  }

  /** Presses a key (Playwright key name: 'Space', 'Enter', 'Tab', 'ArrowRight', 'Escape'…). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async hold(key: string, ms: number): Promise<void> {
    await this.page.keyboard.down(key);
    await this.page.waitForTimeout(ms);
    await this.page.keyboard.up(key);
  }

  /** Clicks a button by its accessible name (objects, choices, menu items). */
  async clickButton(name: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  /** Every line the accessible log holds, as "Speaker: text" or plain text. */
  async logLines(): Promise<string[]> {
    return this.page.locator('#story-log p').allTextContents();
  }

  async waitForLog(text: string | RegExp, timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      ({ source, flags }) => {
        const pattern = new RegExp(source, flags);
        return [...document.querySelectorAll('#story-log p')].some((p) => pattern.test(p.textContent));
      },
      typeof text === 'string'
        ? { source: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' }
        : { source: text.source, flags: text.flags },
      { timeout },
    );
  }

  async visibleObjects(): Promise<string[]> {
    return this.page
      .locator('button.hotspot:not([hidden])')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  }

  async screenshot(name: string): Promise<string> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

/**
 * One browser for a test file; a fresh page (and storage) for each game opened. Call at the
 * top of a describe block.
 */
export function useBrowser(flags: string[] = []): { game: (options?: GameOptions) => Promise<GameDriver> } {
  let browser: Browser | null = null;
  let server: StaticServer | null = null;
  const open: GameDriver[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchChromium(flags);
  }, 120_000);

  afterEach(async () => {
    const faults = open.flatMap((d) => d.faults.takeAll());
    for (const driver of open.splice(0)) await driver.context.close();
    expect(faults, 'console errors, page errors or stray requests').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    game: async (options: GameOptions = {}): Promise<GameDriver> => {
      if (!browser || !server) throw new Error('useBrowser: the browser is not ready');
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 1280, height: 720 },
        reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: options.pixelRatio ?? 3 } : {}),
      });
      const faults = new Faults();
      const origin = new URL(server.url).origin;
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') faults.add(`console error: ${message.text()} at ${message.location().url}`);
      });
      page.on('pageerror', (error) => faults.add(`page error: ${error.message}`));
      page.on('response', (response) => {
        if (response.status() >= 400) faults.add(`HTTP ${response.status()}: ${response.url()}`);
      });
      page.on('requestfailed', (request) => faults.add(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
          faults.add(`request left the game's origin: ${url}`);
      });
      const storage: Record<string, string> = { ...options.storage };
      if (options.settings) storage['every-night:settings'] = JSON.stringify(options.settings);
      if (Object.keys(storage).length > 0) {
        await context.addInitScript((entries) => {
          if (sessionStorage.getItem('every-night:test-seeded') !== null) return;
          sessionStorage.setItem('every-night:test-seeded', '1');
          for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
        }, storage);
      }
      const driver = new GameDriver(page, context, server, faults);
      open.push(driver);
      return driver;
    },
  };
}

/** Settings that get through the story fast when text speed is not what a test is about (and the
 * brightness picture a phone-sized screen asks for the first time already seen). */
export const FAST = { textSpeed: 0, reducedMotion: false, brightnessAsked: true } as const;

// `npm run bench`: builds the game and a bare Phaser 4 page (bench/bare/) with the same Vite,
// serves both gzipped as itch.io's CDN does, measures both in headless Chromium and prints each
// figure beside its budget:
//   JS gzipped ≤ 1.0× the bare Phaser page's · bytes before the title ≤ 1.5 MB, no music
//   navigation → title ready ≤ 1.5× the bare page's, and the same under slow 4G and a 4× slower CPU
//   Lighthouse desktop ≥ 90 with total blocking time ≤ 200 ms; mobile ≥ 60, FCP ≤ 1.8 s, LCP ≤ 2.5 s
//   crypt median frame, every effect on: 1280×720 ≤ 4×, 844×390 at DPR 3 ≤ 3× the bare scene's
//   canvas backing store at 844×390 DPR 3 ≤ what the screen shows · JS heap growth ≤ 10%.
// Writes bench/results/results.json (ignored) and bench/latest.json (committed figures).
// Flags: --no-build, --runs=N (title-ready samples per page, default 5, after one of each not counted), --slow-runs=N (default 3),
// --lh-runs=N (Lighthouse runs per page and profile, default 3; 0 skips), --frames=N,
// --no-heap (stop after the frame figures), --shots (screenshot what was measured).
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { lighthouseMedian } from './bench-lighthouse.mjs';
import { playStep } from './bench-play.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const BARE_DIST = join(ROOT, 'bench/results/bare-dist');
const argv = process.argv.slice(2);
const flag = (name, fallback) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = flag('runs', 5);
const SLOW_RUNS = flag('slow-runs', 3);
const LH_RUNS = flag('lh-runs', 3);
const FRAMES = flag('frames', 30);
const BUDGET = {
  js: 1.0,
  bytesBeforeTitle: 1.5 * 1024 * 1024,
  titleReady: 1.5,
  slowTitleReady: 1.5,
  lighthouseDesktop: 90,
  desktopTbt: 200,
  lighthouseMobile: 60,
  mobileFcp: 1800,
  mobileLcp: 2500,
  frame: 4,
  phoneFrame: 3,
  heapGrowth: 0.1,
};
/** Chromium's (and Lighthouse's) slow 4G: 562.5 ms a request, 1.47 Mb/s down, 0.68 Mb/s up; the CPU 4× slower. */
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const SLOW_CPU = 4;
const PHONE = { width: 844, height: 390, deviceScaleFactor: 3, mobile: true };
const FLAGS = [
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
// Every effect on (light mode off): the frames measured are the full picture's.
const SETTINGS = JSON.stringify({ textSpeed: 0, reducedMotion: false, reducedFlicker: false, lightMode: 'off' });

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function kindOf(file) {
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (/\.js$/.test(name)) return 'js';
  if (/\.css$/.test(name)) return 'css';
  if (/\.html$/.test(name)) return 'html';
  if (/_n-[\w-]+\.(png|webp|avif)$/.test(name)) return 'normal maps (avif/webp)';
  if (/\.(png|webp|avif)$/.test(name)) return 'textures (avif/webp)';
  if (/^music_.*\.(webm|mp3)$/.test(name)) return 'music (webm+mp3, streamed)';
  if (/\.webm$/.test(name)) return 'sound (webm)';
  if (/\.mp3$/.test(name)) return 'sound (mp3 fallback)';
  if (/\.woff2?$/.test(name)) return 'fonts (woff/woff2)';
  return 'other';
}

function bytesShipped() {
  const files = walk(DIST);
  const js = files.filter((f) => f.endsWith('.js'));
  const phaserGz = js.filter((f) => /\/phaser-[\w-]+\.js$/.test(f)).reduce((s, f) => s + gz(f), 0);
  // Everything the page runs: the modules and the small early script (in assets/) alike.
  const totalGz = js.reduce((s, f) => s + gz(f), 0);
  const bareGz = walk(BARE_DIST)
    .filter((f) => f.endsWith('.js'))
    .reduce((s, f) => s + gz(f), 0);
  const byKind = {};
  for (const f of files) {
    const k = kindOf(f);
    byKind[k] = byKind[k] ?? { files: 0, bytes: 0 };
    byKind[k].files++;
    byKind[k].bytes += statSync(f).size;
  }
  return {
    jsGz: { total: totalGz, game: totalGz - phaserGz, phaser: phaserGz, bare: bareGz },
    byKind,
    distBytes: files.reduce((s, f) => s + statSync(f).size, 0),
  };
}

/**
 * Records when the page is ready, the same way for both pages: once it says so (the game's title
 * shown after loading, the bare scene's create — both inside a Phaser step), at the first task
 * after that step, which the browser runs once the frame it drew has been rendered. The figure
 * includes drawing that first frame, shaders and all: it is when a player sees the title.
 */
function readyProbe() {
  let seen = false;
  const mark = () => {
    if (seen) return;
    const title = document.getElementById('title');
    const said = document.body?.dataset.ready !== undefined;
    if (!said || (title && title.hidden)) return;
    seen = true;
    setTimeout(() => (window.__readyAt = performance.now()), 0);
  };
  new MutationObserver(mark).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden', 'data-ready'] });
}

async function newPage(browser, url, { settings = SETTINGS, before } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
  await context.addInitScript(readyProbe);
  // Cutscenes at 8× (the tests' knob): the bench measures cost, not the story's pacing.
  await context.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '8')),
  );
  await context.addInitScript((s) => {
    if (!localStorage.getItem('every-night:settings')) localStorage.setItem('every-night:settings', s);
  }, settings);
  const page = await context.newPage();
  if (before) await before(page, context);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  await page.waitForFunction(() => window.__readyAt !== undefined, undefined, { timeout: 180_000 });
  return { context, page, errors };
}

/** Time to ready, and what was downloaded by then (transfer sizes from Resource Timing). */
async function coldLoad(browser, url, options) {
  const { context, page, errors } = await newPage(browser, url, options);
  const result = await page.evaluate(() => {
    const ready = window.__readyAt;
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const before = resources.filter((r) => r.responseEnd <= ready);
    return {
      ready,
      bytes: (nav?.transferSize ?? 0) + before.reduce((s, r) => s + r.transferSize, 0),
      requests: before.length + 1,
      music: resources.filter((r) => /\/music_/.test(r.name) && r.responseEnd <= ready).map((r) => r.name),
      lightMode: document.body.dataset.lightMode ?? null,
    };
  });
  await context.close();
  return { ...result, errors };
}

/**
 * What one frame costs: the page's Phaser game stepped by hand (update and render), each step
 * waited out on the GPU with a one-pixel read. Headless Chromium paces requestAnimationFrame
 * by its own clock (a background page can be held to a few frames a second), so rAF intervals
 * say nothing about the scene; this does.
 */
async function frameCost(page, globalName, n, warm = 3) {
  const deltas = await page.evaluate(
    ({ globalName, n, warm }) => {
      const game = window[globalName];
      const gl = game.renderer.gl;
      const pixel = new Uint8Array(4);
      // Stopped, and left stopped: the caller wakes the game when the timing is done.
      game.loop.sleep();
      const d = [];
      for (let i = 0; i < n + warm; i++) {
        const t0 = performance.now();
        game.step(t0, 1000 / 60);
        gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        if (i >= warm) d.push(performance.now() - t0);
      }
      return d;
    },
    { globalName, n, warm },
  );
  return { median: median(deltas), deltas };
}

/** Under Chromium's slow 4G and a 4× slower CPU, from the first byte asked for. */
async function throttledLoad(browser, url) {
  return coldLoad(browser, url, {
    settings: JSON.stringify({}),
    before: async (page, context) => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_CPU });
    },
  });
}

/** A page shown as on a phone held sideways (844×390 CSS pixels at a device pixel ratio of 3). */
async function asPhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', PHONE);
  // The loops are asleep: one stepped frame lets the scale manager take the new size.
  await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const game = window.everyNight ?? window.bare;
    game.scale.refresh();
    game.step(performance.now(), 1000 / 60);
  });
  return page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const shown = canvas.getBoundingClientRect();
    return {
      store: { width: canvas.width, height: canvas.height },
      shown: { width: Math.round(shown.width * devicePixelRatio), height: Math.round(shown.height * devicePixelRatio) },
      dpr: devicePixelRatio,
    };
  });
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1048576;
}

/** From the title to the end; `atRitual` runs once the cigarette is lit and resting (every effect on). */
async function playToEnd(page, atRitual) {
  await page.getByRole('button', { name: 'New game' }).click({ force: true });
  await page.waitForFunction(() => document.body.dataset.mode !== 'title');
  const memory = { used: new Map(), turn: 0 };
  let explores = 0;
  let lastMode = '';
  let lastBeat = '';
  let seen = null;
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    const mode = await page.evaluate(() => document.body.dataset.mode);
    const beat = await page.evaluate(() => document.body.dataset.beat ?? '');
    if (beat !== lastBeat) console.log(`  … ${beat} (step ${memory.turn})`);
    lastBeat = beat;
    const titleUp = await page.evaluate(() => !document.getElementById('title')?.hidden);
    if (mode === 'title' && titleUp) return memory.turn;
    if (mode === 'explore' && lastMode !== 'explore') explores++;
    lastMode = mode;
    // Lighter, then cigarettes: the third visit to the hub has the ember and the smoke on.
    if (atRitual && explores === 3 && mode === 'explore') {
      await atRitual();
      atRitual = null;
      if (argv.includes('--no-heap')) return memory.turn;
    }
    seen = await playStep(page, memory);
  }
  await page.screenshot({ path: join(ROOT, 'bench/results/stuck.png') });
  throw new Error(`the bench playthrough did not reach the end in 10 minutes; last saw ${JSON.stringify(seen)} (bench/results/stuck.png)`);
}

function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${Math.round(os.totalmem() / 1073741824)} GB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    renderer: 'SwiftShader (software WebGL)',
    load: os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}

const summary = (d) => ({ median: median(d), min: Math.min(...d), max: Math.max(...d), frames: d.length });
const ms = (n) => `${Math.round(n)} ms`;
const s1 = (n) => `${(n / 1000).toFixed(2)} s`;

async function main() {
  if (!argv.includes('--no-build')) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx vite build --config bench/bare/vite.config.mjs', { cwd: ROOT, stdio: 'inherit' });
  const shipped = bytesShipped();

  const game = await serveStatic({ root: DIST, basePath: '/html/123456/', gzip: true });
  const bare = await serveStatic({ root: BARE_DIST, basePath: '/bare/', gzip: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  const loadAtStart = os.loadavg()[0];
  let browserVersion;
  try {
    browserVersion = browser.version();
    console.log('\nMeasuring cold loads…');
    const loads = { game: [], bare: [] };
    // A fresh browser's first page pays for the browser's own start (its GPU process, its first
    // compositor frame: a trivial page's first paint comes a second late): one load of each,
    // not counted, so neither page is charged for it. Then the two take turns going first.
    await coldLoad(browser, bare.url);
    await coldLoad(browser, game.url);
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? ['bare', 'game'] : ['game', 'bare'];
      for (const which of order) loads[which].push(await coldLoad(browser, which === 'bare' ? bare.url : game.url));
    }
    console.log('Measuring cold loads under slow 4G and a 4× slower CPU…');
    const slow = { game: [], bare: [] };
    for (let i = 0; i < SLOW_RUNS; i++) {
      slow.bare.push(await throttledLoad(browser, bare.url));
      slow.game.push(await throttledLoad(browser, game.url));
    }
    const errors = [...loads.game, ...loads.bare, ...slow.game, ...slow.bare].flatMap((l) => l.errors);

    console.log('Playing the game twice (frames at the ritual beside the bare scene, heap after each playthrough)…');
    const run = await newPage(browser, `${game.url}?debug`);
    const cdp = await run.context.newCDPSession(run.page);
    const heapAtTitle = await heapMb(cdp);
    const frames = { crypt: [], bare: [], cryptPhone: [], barePhone: [] };
    let canvas = null;
    await playToEnd(run.page, async () => {
      // Both pages stay loaded with their render loops stopped (they share the GPU process, so
      // a running one would slow the other's reads); they are timed in alternating blocks so the
      // two figures share the machine's moment-to-moment load.
      await run.page.evaluate(() => window.everyNight.loop.sleep());
      const bareRun = await newPage(browser, bare.url);
      const block = Math.max(4, Math.round(FRAMES / 3));
      const alternate = async (cryptInto, bareInto) => {
        for (let round = 0; round < 3; round++) {
          bareInto.push(...(await frameCost(bareRun.page, 'bare', block)).deltas);
          cryptInto.push(...(await frameCost(run.page, 'everyNight', block)).deltas);
        }
      };
      await alternate(frames.crypt, frames.bare);
      if (argv.includes('--shots')) await run.page.screenshot({ path: join(ROOT, 'bench/results/crypt-measured.png') });
      // Then both as on a phone held sideways, at a device pixel ratio of 3.
      canvas = { game: await asPhone(run.context, run.page), bare: await asPhone(bareRun.context, bareRun.page) };
      await alternate(frames.cryptPhone, frames.barePhone);
      if (argv.includes('--shots')) await run.page.screenshot({ path: join(ROOT, 'bench/results/crypt-measured-phone.png') });
      await (await run.context.newCDPSession(run.page)).send('Emulation.clearDeviceMetricsOverride');
      await run.page.evaluate(() => window.everyNight.loop.wake());
      await bareRun.context.close();
    });
    const cryptFrame = frames.crypt.length ? summary(frames.crypt) : null;
    const bareFrame = summary(frames.bare);
    const cryptPhone = frames.cryptPhone.length ? summary(frames.cryptPhone) : null;
    const barePhone = summary(frames.barePhone);
    // --no-heap: stop after the frames (a quick run); the heap figures are then left out.
    const skipHeap = argv.includes('--no-heap');
    const heap1 = skipHeap ? NaN : await heapMb(cdp);
    if (!skipHeap) await playToEnd(run.page, null);
    const heap2 = skipHeap ? NaN : await heapMb(cdp);
    errors.push(...run.errors);
    await run.context.close();
    await browser.close();

    let lighthouse = null;
    if (LH_RUNS > 0) {
      console.log(`Lighthouse, desktop and mobile, ${LH_RUNS} run(s) each per page…`);
      lighthouse = {};
      for (const profile of ['desktop', 'mobile']) {
        lighthouse[profile] = {
          bare: await lighthouseMedian(bare.url, profile, LH_RUNS),
          game: await lighthouseMedian(game.url, profile, LH_RUNS),
        };
      }
    }

    const titleGame = median(loads.game.map((l) => l.ready));
    const titleBare = median(loads.bare.map((l) => l.ready));
    const slowGame = median(slow.game.map((l) => l.ready));
    const slowBare = median(slow.bare.map((l) => l.ready));
    const bytes = median(loads.game.map((l) => l.bytes));
    const results = {
      date: new Date().toISOString(),
      machine: { ...machine(browserVersion), loadAtStart: loadAtStart.toFixed(2) },
      jsGzipBytes: shipped.jsGz,
      assetsByKind: shipped.byKind,
      distBytes: shipped.distBytes,
      downloadBeforeTitle: {
        bytes,
        requests: median(loads.game.map((l) => l.requests)),
        bareBytes: median(loads.bare.map((l) => l.bytes)),
        musicFiles: loads.game.flatMap((l) => l.music),
      },
      titleReadyMs: {
        game: titleGame,
        bare: titleBare,
        samples: { game: loads.game.map((l) => Math.round(l.ready)), bare: loads.bare.map((l) => Math.round(l.ready)) },
      },
      slowTitleReadyMs: {
        game: slowGame,
        bare: slowBare,
        samples: { game: slow.game.map((l) => Math.round(l.ready)), bare: slow.bare.map((l) => Math.round(l.ready)) },
        lightMode: slow.game.map((l) => l.lightMode),
      },
      lighthouse,
      frameMs: { crypt: cryptFrame, bare: bareFrame, cryptPhone, barePhone },
      canvasAtPhone: canvas,
      heapMb: { title: heapAtTitle, afterFirst: heap1, afterSecond: heap2 },
      errors,
    };
    const lh = (profile, who) => lighthouse?.[profile]?.[who] ?? null;
    const lhRow = (label, profile, key, format, budget, passes) => {
      const g = lh(profile, 'game');
      const b = lh(profile, 'bare');
      // The bare page paints nothing but its canvas, which Lighthouse does not count as content:
      // it finds no LCP there, and so gives no score; its FCP is still a figure.
      const bareValue = b && Number.isFinite(b[key]) && !(key === 'score' && !Number.isFinite(b.lcp)) ? format(b[key]) : 'n/a (no LCP)';
      return [
        label,
        g ? format(g[key]) : 'n/a',
        b ? `bare ${bareValue}${g && key === 'score' ? `; runs ${g.scores.join('/')}` : ''}` : '',
        budget,
        g ? passes(g[key]) : null,
      ];
    };
    const store = canvas?.game.store;
    const shown = canvas?.game.shown;
    const rows = [
      [
        'JS gzipped (total)',
        kb(shipped.jsGz.total),
        `${(shipped.jsGz.total / shipped.jsGz.bare).toFixed(2)}× bare (${kb(shipped.jsGz.bare)})`,
        `≤ ${BUDGET.js}×`,
        shipped.jsGz.total <= BUDGET.js * shipped.jsGz.bare,
      ],
      ['  game’s own / Phaser', `${kb(shipped.jsGz.game)} / ${kb(shipped.jsGz.phaser)}`, '', '', null],
      [
        'Bytes before the title',
        `${(bytes / 1048576).toFixed(2)} MB`,
        `${results.downloadBeforeTitle.requests} requests (bare ${(results.downloadBeforeTitle.bareBytes / 1048576).toFixed(2)} MB), music ${results.downloadBeforeTitle.musicFiles.length === 0 ? 'not fetched' : 'FETCHED'}`,
        '≤ 1.5 MB',
        bytes <= BUDGET.bytesBeforeTitle && results.downloadBeforeTitle.musicFiles.length === 0,
      ],
      [
        'Navigation → title ready',
        ms(titleGame),
        `${(titleGame / titleBare).toFixed(2)}× bare (${ms(titleBare)})`,
        `≤ ${BUDGET.titleReady}×`,
        titleGame <= BUDGET.titleReady * titleBare,
      ],
      [
        '  … slow 4G, CPU ×4',
        ms(slowGame),
        `${(slowGame / slowBare).toFixed(2)}× bare (${ms(slowBare)}); light mode ${[...new Set(results.slowTitleReadyMs.lightMode)].join('/')}`,
        `≤ ${BUDGET.slowTitleReady}×`,
        slowGame <= BUDGET.slowTitleReady * slowBare,
      ],
      lhRow('Lighthouse desktop score', 'desktop', 'score', String, `≥ ${BUDGET.lighthouseDesktop}`, (v) => v >= BUDGET.lighthouseDesktop),
      lhRow('  desktop total blocking', 'desktop', 'tbt', ms, `≤ ${BUDGET.desktopTbt} ms`, (v) => v <= BUDGET.desktopTbt),
      lhRow('  desktop FCP', 'desktop', 'fcp', s1, '', () => null),
      lhRow('  desktop LCP', 'desktop', 'lcp', s1, '', () => null),
      lhRow('Lighthouse mobile score', 'mobile', 'score', String, `≥ ${BUDGET.lighthouseMobile}`, (v) => v >= BUDGET.lighthouseMobile),
      lhRow('  mobile FCP', 'mobile', 'fcp', s1, `≤ ${BUDGET.mobileFcp / 1000} s`, (v) => v <= BUDGET.mobileFcp),
      lhRow('  mobile LCP', 'mobile', 'lcp', s1, `≤ ${BUDGET.mobileLcp / 1000} s`, (v) => v <= BUDGET.mobileLcp),
      lhRow('  mobile total blocking', 'mobile', 'tbt', ms, '', () => null),
      [
        'Crypt frame (1280×720)',
        cryptFrame ? `${cryptFrame.median.toFixed(1)} ms` : 'n/a',
        cryptFrame ? `${(cryptFrame.median / bareFrame.median).toFixed(2)}× bare (${bareFrame.median.toFixed(1)} ms)` : '',
        `≤ ${BUDGET.frame}×`,
        cryptFrame !== null && cryptFrame.median <= BUDGET.frame * bareFrame.median,
      ],
      [
        'Crypt frame (844×390, DPR 3)',
        cryptPhone ? `${cryptPhone.median.toFixed(1)} ms` : 'n/a',
        cryptPhone ? `${(cryptPhone.median / barePhone.median).toFixed(2)}× bare (${barePhone.median.toFixed(1)} ms)` : '',
        `≤ ${BUDGET.phoneFrame}×`,
        cryptPhone !== null && cryptPhone.median <= BUDGET.phoneFrame * barePhone.median,
      ],
      [
        'Canvas store (844×390, DPR 3)',
        store ? `${store.width}×${store.height}` : 'n/a',
        shown ? `screen shows ${shown.width}×${shown.height}` : '',
        '≤ screen',
        store && shown ? store.width * store.height <= shown.width * shown.height : false,
      ],
      [
        'JS heap after 1st / 2nd play',
        `${heap1.toFixed(1)} / ${heap2.toFixed(1)} MB`,
        `growth ${(((heap2 - heap1) / heap1) * 100).toFixed(1)}% (title ${heapAtTitle.toFixed(1)} MB)`,
        `≤ ${BUDGET.heapGrowth * 100}%`,
        skipHeap ? null : (heap2 - heap1) / heap1 <= BUDGET.heapGrowth,
      ],
    ];
    results.budgets = Object.fromEntries(rows.filter((r) => r[4] !== null).map((r) => [r[0].trim(), r[4]]));
    console.log('\nEvery Night — bench', results.date, '\n', JSON.stringify(results.machine));
    const widths = [32, 16, 62, 12];
    const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 6)).join(' ');
    console.log(line(['figure', 'value', 'beside', 'budget', 'ok']));
    for (const r of rows) console.log(line([r[0], r[1], r[2], r[3], r[4] === null ? '' : r[4] ? 'PASS' : 'FAIL']));
    console.log('\nAssets by kind:');
    for (const [k, v] of Object.entries(shipped.byKind).sort((a, b) => b[1].bytes - a[1].bytes))
      console.log(`  ${k.padEnd(30)} ${String(v.files).padStart(4)} files ${kb(v.bytes).padStart(12)}`);
    if (errors.length) console.log('\nPage errors seen:', errors);
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/results.json'), JSON.stringify(results, null, 2));
    writeFileSync(join(ROOT, 'bench/latest.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(`\nWrote ${relative(ROOT, join(ROOT, 'bench/latest.json'))}`);
    const failed = rows.filter((r) => r[4] === false).map((r) => r[0].trim());
    if (failed.length) {
      console.log(`Over budget: ${failed.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    if (browser.isConnected()) await browser.close();
    await game.close();
    await bare.close();
  }
}

await main();

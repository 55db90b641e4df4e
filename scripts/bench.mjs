// `npm run bench`: builds the game and a bare Phaser 4 page (bench/bare/) with the same Vite,
// then measures both in one headless Chromium run and prints each figure beside its budget:
//   JS gzipped ≤ 1.30× the bare Phaser page's · navigation → title ready ≤ 1.5× the bare page's
//   crypt median frame at 1280×720, every effect on ≤ 4× the bare one-image scene's
//   JS heap growth over a second playthrough ≤ 10% · no music bytes before the title.
// Writes bench/results/results.json (ignored) and bench/latest.json (committed figures).
// Flags: --no-build, --runs=N (title-ready samples per page, default 3), --frames=N,
// --no-heap (stop after the frame figures), --shots (screenshot what was measured).
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { playStep } from './bench-play.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const BARE_DIST = join(ROOT, 'bench/results/bare-dist');
const argv = process.argv.slice(2);
const flag = (name, fallback) => Number(argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const RUNS = flag('runs', 3);
const FRAMES = flag('frames', 30);
const BUDGET = { js: 1.3, titleReady: 1.5, frame: 4, heapGrowth: 0.1 };
const FLAGS = ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-quic', '--disable-sync', '--autoplay-policy=no-user-gesture-required'];
const SETTINGS = JSON.stringify({ textSpeed: 0, reducedMotion: false, reducedFlicker: false });

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
  if (/_n-[\w-]+\.png$/.test(name)) return 'normal maps (png)';
  if (/\.png$/.test(name)) return 'textures (png)';
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
  const totalGz = js.reduce((s, f) => s + gz(f), 0);
  const bareGz = walk(BARE_DIST).filter((f) => f.endsWith('.js')).reduce((s, f) => s + gz(f), 0);
  const byKind = {};
  for (const f of files) {
    const k = kindOf(f);
    byKind[k] = byKind[k] ?? { files: 0, bytes: 0 };
    byKind[k].files++;
    byKind[k].bytes += statSync(f).size;
  }
  return { jsGz: { total: totalGz, game: totalGz - phaserGz, phaser: phaserGz, bare: bareGz }, byKind, distBytes: files.reduce((s, f) => s + statSync(f).size, 0) };
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

async function newPage(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
  await context.addInitScript(readyProbe);
  // Cutscenes at 8× (the tests' knob): the bench measures cost, not the story's pacing.
  await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.dataset.cutsceneSpeed = '8')));
  await context.addInitScript((s) => {
    if (!localStorage.getItem('every-night:settings')) localStorage.setItem('every-night:settings', s);
  }, SETTINGS);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 180_000 });
  await page.waitForFunction(() => window.__readyAt !== undefined, undefined, { timeout: 180_000 });
  return { context, page, errors };
}

/** Time to ready, and what was downloaded by then (transfer sizes from Resource Timing). */
async function coldLoad(browser, url) {
  const { context, page, errors } = await newPage(browser, url);
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
  return { cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`, memory: `${Math.round(os.totalmem() / 1073741824)} GB`, os: `${os.type()} ${os.release()}`, node: process.version, chromium: browserVersion, renderer: 'SwiftShader (software WebGL)' };
}

async function main() {
  if (!argv.includes('--no-build')) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  execSync('npx vite build --config bench/bare/vite.config.mjs', { cwd: ROOT, stdio: 'inherit' });
  const shipped = bytesShipped();

  const game = await serveStatic({ root: DIST, basePath: '/html/123456/' });
  const bare = await serveStatic({ root: BARE_DIST, basePath: '/bare/' });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    console.log('\nMeasuring cold loads…');
    const loads = { game: [], bare: [] };
    for (let i = 0; i < RUNS; i++) {
      loads.bare.push(await coldLoad(browser, bare.url));
      loads.game.push(await coldLoad(browser, game.url));
    }
    const errors = [...loads.game, ...loads.bare].flatMap((l) => l.errors);

    console.log('Playing the game twice (frames at the ritual beside the bare scene, heap after each playthrough)…');
    const run = await newPage(browser, `${game.url}?debug`);
    const cdp = await run.context.newCDPSession(run.page);
    const heapAtTitle = await heapMb(cdp);
    const cryptDeltas = [];
    const bareDeltas = [];
    await playToEnd(run.page, async () => {
      // Both pages stay loaded with their render loops stopped (they share the GPU process, so
      // a running one would slow the other's reads); they are timed in alternating blocks so the
      // two figures share the machine's moment-to-moment load.
      await run.page.evaluate(() => window.everyNight.loop.sleep());
      const bareRun = await newPage(browser, bare.url);
      const block = Math.max(4, Math.round(FRAMES / 3));
      for (let round = 0; round < 3; round++) {
        bareDeltas.push(...(await frameCost(bareRun.page, 'bare', block)).deltas);
        cryptDeltas.push(...(await frameCost(run.page, 'everyNight', block)).deltas);
      }
      await run.page.evaluate(() => window.everyNight.loop.wake());
      await bareRun.context.close();
      if (process.argv.includes('--shots')) await run.page.screenshot({ path: join(ROOT, 'bench/results/crypt-measured.png') });
    });
    const summary = (d) => ({ median: median(d), min: Math.min(...d), max: Math.max(...d), frames: d.length });
    const cryptFrame = cryptDeltas.length ? summary(cryptDeltas) : null;
    const bareFrame = summary(bareDeltas);
    // --no-heap: stop after the frames (a quick run); the heap figures are then left out.
    const skipHeap = argv.includes('--no-heap');
    const heap1 = skipHeap ? NaN : await heapMb(cdp);
    if (!skipHeap) await playToEnd(run.page, null);
    const heap2 = skipHeap ? NaN : await heapMb(cdp);
    errors.push(...run.errors);
    await run.context.close();

    const titleGame = median(loads.game.map((l) => l.ready));
    const titleBare = median(loads.bare.map((l) => l.ready));
    const results = {
      date: new Date().toISOString(),
      machine: machine(browser.version()),
      jsGzipBytes: shipped.jsGz,
      assetsByKind: shipped.byKind,
      distBytes: shipped.distBytes,
      downloadBeforeTitle: { bytes: median(loads.game.map((l) => l.bytes)), requests: median(loads.game.map((l) => l.requests)), musicFiles: loads.game.flatMap((l) => l.music) },
      titleReadyMs: { game: titleGame, bare: titleBare, samples: { game: loads.game.map((l) => Math.round(l.ready)), bare: loads.bare.map((l) => Math.round(l.ready)) } },
      frameMs: { crypt: cryptFrame, bare: bareFrame },
      heapMb: { title: heapAtTitle, afterFirst: heap1, afterSecond: heap2 },
      errors,
    };
    const rows = [
      ['JS gzipped (total)', kb(shipped.jsGz.total), `${(shipped.jsGz.total / shipped.jsGz.bare).toFixed(2)}× bare (${kb(shipped.jsGz.bare)})`, `≤ ${BUDGET.js}×`, shipped.jsGz.total <= BUDGET.js * shipped.jsGz.bare],
      ['  game’s own / Phaser', `${kb(shipped.jsGz.game)} / ${kb(shipped.jsGz.phaser)}`, '', '', null],
      ['Download before title', kb(results.downloadBeforeTitle.bytes), `${results.downloadBeforeTitle.requests} requests, music ${results.downloadBeforeTitle.musicFiles.length === 0 ? 'not fetched (streams later)' : 'FETCHED'}`, 'no music', results.downloadBeforeTitle.musicFiles.length === 0],
      ['Navigation → title ready', `${titleGame.toFixed(0)} ms`, `${(titleGame / titleBare).toFixed(2)}× bare (${titleBare.toFixed(0)} ms)`, `≤ ${BUDGET.titleReady}×`, titleGame <= BUDGET.titleReady * titleBare],
      ['Crypt frame (median, 1280×720)', cryptFrame ? `${cryptFrame.median.toFixed(1)} ms` : 'n/a', cryptFrame ? `${(cryptFrame.median / bareFrame.median).toFixed(2)}× bare (${bareFrame.median.toFixed(1)} ms)` : '', `≤ ${BUDGET.frame}×`, cryptFrame !== null && cryptFrame.median <= BUDGET.frame * bareFrame.median],
      ['JS heap after 1st / 2nd play', `${heap1.toFixed(1)} / ${heap2.toFixed(1)} MB`, `growth ${(((heap2 - heap1) / heap1) * 100).toFixed(1)}% (title ${heapAtTitle.toFixed(1)} MB)`, `≤ ${BUDGET.heapGrowth * 100}%`, skipHeap ? null : (heap2 - heap1) / heap1 <= BUDGET.heapGrowth],
    ];
    results.budgets = Object.fromEntries(rows.filter((r) => r[4] !== null).map((r) => [r[0].trim(), r[4]]));
    console.log('\nEvery Night — bench', results.date, '\n', JSON.stringify(results.machine));
    const widths = [32, 22, 44, 9];
    const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i] ?? 6)).join(' ');
    console.log(line(['figure', 'value', 'beside', 'budget', 'ok']));
    for (const r of rows) console.log(line([r[0], r[1], r[2], r[3], r[4] === null ? '' : r[4] ? 'PASS' : 'FAIL']));
    console.log('\nAssets by kind:');
    for (const [k, v] of Object.entries(shipped.byKind).sort((a, b) => b[1].bytes - a[1].bytes)) console.log(`  ${k.padEnd(30)} ${String(v.files).padStart(4)} files ${kb(v.bytes).padStart(12)}`);
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
    await browser.close();
    await game.close();
    await bare.close();
  }
}

await main();

// The itch.io page art, captured from the BUILT game in Chromium by playing it through its own
// UI (instant text): five 1280×720 screenshots at chosen beats — the candles, the lit lighter,
// the footsteps, the conversation, the reunion's light — a 630×500 cover composed from one of
// them with the title, and the page's description text. Called by scripts/package.mjs;
// `node scripts/page-art.mjs` runs it alone on dist/.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { playStep } from './bench-play.mjs';
import { serveStatic } from './static-server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const FLAGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];

/** The beats to shoot: when `ready` first holds, wait `settleMs` for fades, then shoot. */
const SHOTS = [
  { file: '01-candles.png', what: 'the candles', ready: (s) => s.beat === 'ritual' && s.mode === 'explore', settleMs: 1500 },
  { file: '02-lighter-lit.png', what: 'the lit lighter', ready: (s, log) => /Rolls the wheel/i.test(log), settleMs: 1800 },
  { file: '03-footsteps.png', what: 'the footsteps', ready: (s) => s.beat === 'footsteps' && s.mode !== 'cutscene', settleMs: 2500 },
  {
    file: '04-conversation.png',
    what: 'the conversation',
    ready: (s, log) => s.beat === 'conversation' && /Spike:/.test(log.split('\n').at(-1) ?? ''),
    settleMs: 1500,
    clean: 'cover-source.png',
  },
  // The room warms over fourteen seconds from the embrace; shot once it has mostly come up.
  {
    file: '05-reunion.png',
    what: 'the reunion’s light',
    ready: (s, log) => s.beat === 'reunion' && /learning it/.test(log),
    settleMs: 4000,
  },
];

const DESCRIPTION = `# Every Night

Every night he comes to her. It is only an illusion. Or is it?

A short (10–15 minute) atmospheric narrative game. In a candlelit crypt, Buffy lays out the
same four things she lays out every night — his lighter, his cigarettes, a bottle of bourbon,
a glass — and waits for the footsteps on the stairs.

Play it in the browser with the mouse, the keyboard, a gamepad, or on a phone or tablet by touch,
held sideways or upright. Progress saves itself at each beat, and to the line when you leave;
a progress code carries it to another browser or device.

Content note: grief, death, alcohol and smoking.
A non-commercial fan work, not affiliated with or endorsed by the owners of the series.

## Accessibility

- Fully playable with the keyboard alone or the mouse alone; keys can be remapped.
- Screen-reader support: every line is mirrored in a live log with its speaker, choices are
  real buttons, and each object in the room is a focusable, named button.
- Text at your own pace: adjustable typewriter speed (or instant), click or key to complete,
  a history of every line, auto-advance, skip of lines already seen.
- Text size, line spacing, high contrast, and a choice of typefaces including Atkinson
  Hyperlegible and OpenDyslexic.
- Captions for every sound that carries meaning; separate volumes for music, ambience and
  effects; mute with M.
- Reduced flicker and reduced motion (on by default when your system asks for reduced
  motion). Candle flicker stays under photosensitivity limits.
- Cutscenes can be skipped; the one timed moment never fails and waits for you.
- Esc pauses at any time; F or the on-screen button goes fullscreen.
- A brightness setting lifts the shadows for a phone in daylight (shown once, with a
  calibration picture, the first time the game starts on a small screen).

## Controls

Mouse: hover to see what things are, click to use them and to advance text.
Keyboard: Tab / arrows move between objects and choices, Enter / Space / E use, Space / Enter
advance, 1–9 pick a choice, Esc pauses, H history, M mute, F fullscreen.
`;

/** Play controls, Skip and notices are for playing, not for the page: hidden while shooting. */
const CHROME = '#play-controls, #btn-fullscreen, .skip-cutscene, #notice { visibility: hidden !important; }';

async function shoot(page, path, cleanPath) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.mouse.move(640, 5);
  const style = await page.addStyleTag({ content: CHROME });
  await page.screenshot({ path });
  if (cleanPath) {
    // The cover's source: the room alone, without the dialogue box.
    const bare = await page.addStyleTag({ content: '#dialogue, .choices, .hold-prompt { visibility: hidden !important; }' });
    await page.screenshot({ path: cleanPath });
    await bare.evaluate((node) => node.remove());
  }
  await style.evaluate((node) => node.remove());
}

async function cover(browser, dist, out, source) {
  const fonts = join(dist, 'assets');
  const font = readdirSync(fonts).find((f) => /^cormorant-garamond-latin-600-normal-.*\.woff2$/.test(f));
  const fontUrl = font ? `data:font/woff2;base64,${readFileSync(join(fonts, font)).toString('base64')}` : '';
  const image = `data:image/png;base64,${readFileSync(source).toString('base64')}`;
  const context = await browser.newContext({ viewport: { width: 630, height: 500 } });
  const page = await context.newPage();
  await page.setContent(`<!doctype html><html><head><style>
    @font-face { font-family: 'Cover'; src: url('${fontUrl}') format('woff2'); font-weight: 600; }
    html, body { margin: 0; width: 630px; height: 500px; overflow: hidden; background: #000; }
    img { position: absolute; width: 630px; height: 500px; object-fit: cover; object-position: 78% 45%; filter: brightness(1.25) contrast(1.05); }
    .shade { position: absolute; inset: 0; background: linear-gradient(to bottom, rgba(0,0,0,0) 55%, rgba(0,0,0,0.85)); }
    h1 { position: absolute; left: 0; right: 0; bottom: 34px; margin: 0; text-align: center; font: 600 64px/1 'Cover', Georgia, serif;
         color: #efe6d8; letter-spacing: 0.04em; text-shadow: 0 0 18px rgba(255,170,80,0.55); }
  </style></head><body><img src="${image}"><div class="shade"></div><h1>Every Night</h1></body></html>`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: out });
  await context.close();
}

/** Plays the built game once and writes the page art into `out`. */
export async function makePageArt({ dist = join(ROOT, 'dist'), out = join(ROOT, 'release/page') } = {}) {
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'description.md'), DESCRIPTION);
  const server = await serveStatic({ root: dist, basePath: '/html/123456/' });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: FLAGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'no-preference' });
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('art')) {
        sessionStorage.setItem('art', '1');
        localStorage.setItem('every-night:settings', JSON.stringify({ textSpeed: 0, reducedMotion: false, captions: false }));
      }
    });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(server.url);
    await page.locator('#title:not([hidden])').waitFor({ state: 'visible', timeout: 180_000 });
    await page.getByRole('button', { name: 'New game' }).click({ force: true });
    const memory = { used: new Map(), turn: 0 };
    const pending = [...SHOTS];
    const deadline = Date.now() + 15 * 60_000;
    while (pending.length > 0 && Date.now() < deadline) {
      const state = await page.evaluate(() => ({
        mode: document.body.dataset.mode ?? '',
        beat: document.body.dataset.beat ?? '',
        log: [...document.querySelectorAll('#story-log p')]
          .slice(-4)
          .map((p) => p.textContent)
          .join('\n'),
        title: !document.getElementById('title')?.hidden,
      }));
      const next = pending[0];
      if (next.ready(state, state.log)) {
        await page.waitForTimeout(next.settleMs);
        await shoot(page, join(out, next.file), next.clean ? join(out, next.clean) : undefined);
        console.log(`  page art: ${next.file} (${next.what})`);
        pending.shift();
        continue;
      }
      if (state.title && state.mode === 'title') break;
      // The reunion is watched, not skipped: its shot is inside it.
      if (state.mode === 'cutscene' && state.beat === 'reunion') {
        await page.waitForTimeout(500);
        continue;
      }
      await playStep(page, memory);
    }
    if (pending.length > 0) throw new Error(`page art: never reached ${pending.map((s) => s.what).join(', ')}`);
    await cover(browser, dist, join(out, 'cover-630x500.png'), join(out, 'cover-source.png'));
    console.log(`  page art: cover-630x500.png, description.md → ${out}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await makePageArt();

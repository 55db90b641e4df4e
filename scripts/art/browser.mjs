// Launches the system Chromium headless with a CPU-rasterised 2D canvas page into which the
// drawing code (scripts/art/page/*.js, plain scripts) is injected. Canvas 2D on the CPU
// (willReadFrequently) is deterministic for a given Chromium build.
import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-gpu',
  '--disable-accelerated-2d-canvas',
  '--disable-lcd-text',
  '--force-color-profile=srgb',
];

export async function openPainter() {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
  const page = await browser.newPage({ viewport: { width: 400, height: 300 }, deviceScaleFactor: 1 });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.error('[page]', m.text());
  });
  page.on('pageerror', (e) => {
    console.error('[page error]', e);
  });
  await page.setContent('<!doctype html><html><body></body></html>');
  // The figures' part boxes (levels/figures.json) size the part textures: the game and the bake read one table.
  const figures = readFileSync(join(here, '../../levels/figures.json'), 'utf8');
  await page.addScriptTag({ content: `const FIGURES = ${figures};` });
  const dir = join(here, 'page');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  for (const f of files) await page.addScriptTag({ content: readFileSync(join(dir, f), 'utf8') + `\n//# sourceURL=${f}` });
  return { browser, page };
}

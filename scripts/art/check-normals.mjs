// One-off check of the normal-map convention against Phaser 4's light shader:
// renders a dome (normal map made by scripts/art/normals.mjs) lit from the left, then from
// above, in headless Chromium, and reports which side is brighter.  node scripts/art/check-normals.mjs
/* global Phaser -- the Phaser build the preview page loads. */
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import pngjs from 'pngjs';
import { normalMap } from './normals.mjs';
import { CHROME, CHROME_ARGS } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const S = 128,
  rgba = new Uint8Array(S * S * 4),
  hgt = new Uint8Array(S * S);
for (let y = 0; y < S; y++)
  for (let x = 0; x < S; x++) {
    const i = y * S + x,
      dx = (x - 64) / 56,
      dy = (y - 64) / 56,
      r2 = dx * dx + dy * dy;
    rgba.set(r2 < 1 ? [200, 200, 200, 255] : [0, 0, 0, 0], i * 4);
    hgt[i] = r2 < 1 ? Math.round(Math.sqrt(1 - r2) * 255) : 0;
  }
const nrm = normalMap(S, S, rgba, hgt, { bevel: 0, detail: 4, strength: 1 });
const toUrl = (d) => {
  const p = new pngjs.PNG({ width: S, height: S });
  p.data = Buffer.from(d);
  return 'data:image/png;base64,' + pngjs.PNG.sync.write(p).toString('base64');
};
const browser = await chromium.launch({
  executablePath: CHROME,
  args: CHROME_ARGS.filter((a) => !a.includes('gpu') && !a.includes('canvas')),
});
const page = await browser.newPage({ viewport: { width: 400, height: 200 } });
await page.setContent('<!doctype html><body style="margin:0"></body>');
await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/phaser/dist/phaser.min.js'), 'utf8') });
const res = await page.evaluate(
  async ({ albedo, normal }) =>
    new Promise((resolve) => {
      new Phaser.Game({
        type: Phaser.WEBGL,
        width: 400,
        height: 200,
        backgroundColor: '#000',
        audio: { noAudio: true },
        render: { maxLights: 2, preserveDrawingBuffer: true },
        scene: {
          preload() {
            this.load.image('dome', [albedo, normal]);
          },
          create() {
            this.lights.enable().setAmbientColor(0x000000);
            this.add.image(100, 100, 'dome').setLighting(true);
            this.add.image(300, 100, 'dome').setLighting(true);
            this.lights.addLight(100 - 140, 100, 400, 0xffffff, 1.5, 40); // left of dome A
            this.lights.addLight(300, 100 - 140, 400, 0xffffff, 1.5, 40); // above dome B
            this.game.events.once('postrender', () => {
              const c = document.createElement('canvas');
              c.width = 400;
              c.height = 200;
              const g = c.getContext('2d');
              g.drawImage(this.game.canvas, 0, 0);
              const L = (x, y) => {
                const d = g.getImageData(x, y, 1, 1).data;
                return d[0] + d[1] + d[2];
              };
              resolve({ left: L(60, 100), right: L(140, 100), top: L(300, 60), bottom: L(300, 140) });
            });
          },
        },
      });
    }),
  { albedo: toUrl(rgba), normal: toUrl(nrm) },
);
await browser.close();
console.log(res);
const ok = res.left > res.right && res.top > res.bottom;
console.log(ok ? 'OK: lit from the left is bright on the left, lit from above is bright on top' : 'WRONG convention');
process.exit(ok ? 0 : 1);

// Renders the crypt with the real Phaser 4 renderer (lights + normal maps) in headless Chromium,
// to check the baked art under the game's own light shader:
//   node scripts/art/phaser-preview.mjs [buffyPose] [spikePose]  ->  artifacts/phaser-preview.png
/* global Phaser -- the Phaser build the preview page loads. */
import { chromium } from 'playwright-core';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROME, CHROME_ARGS } from './browser.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const scene = JSON.parse(readFileSync(join(root, 'levels/crypt.level.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'assets/art/art.manifest.json'), 'utf8'));
// args: [buffyPose] [spikePose] [prop=state ...] [+lightId ...] [mood:<id>] [out:<name>]
const args = process.argv.slice(2);
const plain = args.filter((a) => !/[=+:]/.test(a));
const [buffyPose = 'seated', spikePose = 'seated'] = plain;
const propStates = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => a.split('=')));
const lightsOn = args.filter((a) => a.startsWith('+')).map((a) => a.slice(1));
const moodId = (args.find((a) => a.startsWith('mood:')) || '').slice(5) || scene.initialMood;
const outName = (args.find((a) => a.startsWith('out:')) || '').slice(4) || 'phaser-preview';
const art = {};
for (const m of manifest) {
  if (m.file.endsWith('_n.png')) continue;
  const name = m.file.replace(/\.png$/, '');
  const url = (f) => 'data:image/png;base64,' + readFileSync(join(root, 'assets/art', f)).toString('base64');
  const nf = `${name}_n.png`;
  art[name] = { url: url(m.file), normal: existsSync(join(root, 'assets/art', nf)) ? url(nf) : null, scale: m.scale ?? 1 };
}
const browser = await chromium.launch({
  executablePath: CHROME,
  args: CHROME_ARGS.filter((a) => !a.includes('gpu') && !a.includes('canvas')),
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.error(e));
await page.setContent('<!doctype html><body style="margin:0;background:#000"></body>');
await page.addScriptTag({ content: readFileSync(join(root, 'node_modules/phaser/dist/phaser.min.js'), 'utf8') });
await page.evaluate(
  ({ art, scene, buffyPose, spikePose, propStates, lightsOn, moodId }) =>
    new Promise((resolve) => {
      const hex = (h) => parseInt(h.slice(1), 16);
      new Phaser.Game({
        type: Phaser.WEBGL,
        width: 1280,
        height: 720,
        backgroundColor: '#000',
        audio: { noAudio: true },
        render: { maxLights: scene.maxLights },
        scene: {
          preload() {
            for (const [k, v] of Object.entries(art)) this.load.image(k, v.normal ? [v.url, v.normal] : v.url);
          },
          create() {
            const mood = scene.moods[moodId];
            this.lights.enable().setAmbientColor(hex(mood.ambient));
            this.add.image(0, 0, 'crypt_back').setOrigin(0, 0).setLighting(true);
            this.add.image(1000, 70, 'shaft').setOrigin(0, 0).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.35);
            const put = (tex, x, y, depth, lit) => {
              if (!tex) return;
              const s = this.add.image(x, y, tex).setOrigin(0.5, 1).setScale(art[tex].scale).setDepth(depth);
              if (lit) s.setLighting(true);
            };
            for (const p of scene.props) put(p.states[propStates[p.id] ?? p.initial], p.x, p.y, p.depth, p.lit);
            const poses = { buffy: buffyPose, spike: spikePose };
            for (const a of scene.actors) {
              const P = a.poses[poses[a.id]];
              if (P && P.texture) {
                const m = scene.marks[P.mark];
                put(P.texture, m.x, m.y, a.depth, true);
              }
            }
            for (const L of scene.lights) {
              if (!L.on && !lightsOn.includes(L.id)) continue;
              const t = hex(mood.tint),
                c = hex(L.color),
                mul = (sh) => Math.round((((c >> sh) & 255) * ((t >> sh) & 255)) / 255) << sh;
              this.lights.addLight(L.x, L.y, L.radius, mul(16) | mul(8) | mul(0), L.intensity * mood.lightScale, L.z);
              if (L.flame)
                this.add
                  .image(L.x, L.y, L.flame.texture)
                  .setOrigin(0.5, 1)
                  .setScale(L.flame.scale)
                  .setBlendMode(Phaser.BlendModes.ADD)
                  .setDepth(100);
            }
            this.game.events.once('postrender', () => setTimeout(resolve, 50));
          },
        },
      });
    }),
  { art, scene, buffyPose, spikePose, propStates, lightsOn, moodId },
);
mkdirSync(join(root, 'artifacts'), { recursive: true });
await page.screenshot({ path: join(root, `artifacts/${outName}.png`) });
await browser.close();
console.log(`artifacts/${outName}.png`);

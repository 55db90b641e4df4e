// Contact sheet of textures (albedo over a mid-grey checker, normal map beside it), enlarged:
//   node scripts/art/sheet.mjs out.png zoom name [name ...]
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPng, writePng } from './png.mjs';
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const [out, zoomS, ...names] = process.argv.slice(2);
const Z = Number(zoomS);
// name or name@x,y,w,h (a crop in texture pixels)
const crop = (im, c) => {
  if (!c) return im;
  const [x, y, w, h] = c;
  const d = new Uint8Array(w * h * 4);
  for (let j = 0; j < h; j++) d.set(im.data.subarray(((y + j) * im.w + x) * 4, ((y + j) * im.w + x + w) * 4), j * w * 4);
  return { w, h, data: d };
};
const imgs = names.flatMap((spec) => {
  const [n, c] = spec.split('@');
  const cc = c && c.split(',').map(Number);
  const a = n.includes('/') ? readPng(join(root, n)) : readPng(join(root, 'assets/art', n + '.png'));
  let nn = null;
  if (!n.includes('/'))
    try {
      nn = readPng(join(root, 'assets/art', n + '_n.png'));
    } catch {
      /* none */
    }
  return [a, nn].filter(Boolean).map((im) => crop(im, cc));
});
const pad = 6,
  W = imgs.reduce((s, i) => s + i.w * Z + pad, pad),
  H = Math.max(...imgs.map((i) => i.h * Z)) + pad * 2;
const buf = new Uint8Array(W * H * 4);
for (let y = 0; y < H; y++)
  for (let x = 0; x < W; x++) {
    const c = ((x >> 3) + (y >> 3)) & 1 ? 70 : 58;
    buf.set([c, c, c + 4, 255], (y * W + x) * 4);
  }
let ox = pad;
for (const im of imgs) {
  for (let y = 0; y < im.h * Z; y++)
    for (let x = 0; x < im.w * Z; x++) {
      const s = (((y / Z) | 0) * im.w + ((x / Z) | 0)) * 4,
        d = ((y + pad) * W + x + ox) * 4,
        a = im.data[s + 3] / 255;
      for (let k = 0; k < 3; k++) buf[d + k] = Math.round(buf[d + k] * (1 - a) + im.data[s + k] * a);
    }
  ox += im.w * Z + pad;
}
writePng(join(root, out), W, H, buf, { opaque: true });

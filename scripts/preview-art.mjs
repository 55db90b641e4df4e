// Composes the crypt from the baked textures at their scene positions with a CPU imitation of
// Phaser 4's light shader (diffuse N·L, same attenuation), additive flames, shaft, vignette and
// grain:  node scripts/preview-art.mjs [variant ...]  ->  artifacts/preview-<variant>.png
// Variants: start, lit (lighter lit, cigarette smoking, he is seated), stairs, embrace, warm.
import { readFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPng, writePng } from './art/png.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scene = JSON.parse(readFileSync(join(root, 'levels/crypt.level.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'assets/art/art.manifest.json'), 'utf8'));
const scaleOf = Object.fromEntries(manifest.map((m) => [m.file.replace(/\.png$/, ''), m.scale ?? 1]));
const W = 1280,
  H = 720;
const cache = new Map();
function tex(name) {
  if (!cache.has(name)) {
    const a = readPng(join(root, 'assets/art', name + '.png'));
    let n = null;
    try {
      n = readPng(join(root, 'assets/art', name + '_n.png'));
    } catch {
      /* unlit */
    }
    cache.set(name, { a, n, s: scaleOf[name] ?? 1 });
  }
  return cache.get(name);
}
const hex = (h) => [parseInt(h.slice(1, 3), 16) / 255, parseInt(h.slice(3, 5), 16) / 255, parseInt(h.slice(5, 7), 16) / 255];

const VARIANTS = {
  start: { lightsOn: [], props: {}, buffy: 'seated', spike: 'hidden' },
  lit: {
    lightsOn: ['lighter_flame', 'ember'],
    props: { lighter: 'lit', cigarette: 'burning', cigarettes: 'open', bottle: 'poured', glass: 'full' },
    buffy: 'seated',
    spike: 'seated',
  },
  stairs: { lightsOn: [], props: {}, buffy: 'eyes_closed', spike: 'stairs' },
  standing: {
    lightsOn: ['ember'],
    props: { cigarette: 'burning', cigarettes: 'open', bottle: 'poured', glass: 'full', lighter: 'shut' },
    buffy: 'crying',
    spike: 'standing',
  },
  kiss: {
    lightsOn: ['ember'],
    props: { cigarette: 'burning', cigarettes: 'open', bottle: 'poured', glass: 'empty' },
    buffy: 'lean',
    spike: 'standing',
  },
  lean: {
    lightsOn: ['ember'],
    props: { cigarette: 'burning', cigarettes: 'open', bottle: 'poured', glass: 'empty' },
    buffy: 'lean',
    spike: 'lean',
  },
  embrace: {
    lightsOn: ['ember'],
    props: { cigarette: 'burning', cigarettes: 'open', bottle: 'poured' },
    buffy: 'hidden',
    spike: 'embrace',
    mood: 'warm',
  },
};

function render(vname) {
  const v = VARIANTS[vname];
  const mood = scene.moods[v.mood || scene.initialMood];
  const amb = hex(mood.ambient),
    tint = hex(mood.tint);
  const lights = scene.lights
    .filter((l) => l.on || v.lightsOn.includes(l.id))
    .map((l) => ({ ...l, c: hex(l.color).map((c, i) => c * tint[i]), I: l.intensity * mood.lightScale }));
  const frame = new Float32Array(W * H * 3);
  const res = Math.min(W, H);
  function lightAt(px, py, nx, ny, nz) {
    let r = amb[0],
      g = amb[1],
      b = amb[2];
    for (const L of lights) {
      const lx = (L.x - px) / res,
        ly = -(L.y - py) / res,
        lz = L.z / res; // GL: y up
      const len = Math.hypot(lx, ly, lz);
      const rad = L.radius / res;
      const att = Math.min(1, Math.max(0, 1 - (len * len) / (rad * rad)));
      if (att <= 0) continue;
      const d = Math.max(0, (nx * lx + ny * ly + nz * lz) / len) * att * L.I;
      r += L.c[0] * d;
      g += L.c[1] * d;
      b += L.c[2] * d;
    }
    return [r, g, b];
  }
  function draw(name, x, y, { lit = true, add = false, origin = 'bottom', scale = 1, alpha = 1 } = {}) {
    if (!name) return;
    const t = tex(name),
      s = t.s * scale,
      w = t.a.w * s,
      h = t.a.h * s;
    const x0 = origin === 'topleft' ? x : origin === 'center' ? x - w / 2 : x - w / 2;
    const y0 = origin === 'topleft' ? y : origin === 'center' ? y - h / 2 : y - h;
    for (let sy = Math.max(0, Math.floor(y0)); sy < Math.min(H, Math.ceil(y0 + h)); sy++) {
      for (let sx = Math.max(0, Math.floor(x0)); sx < Math.min(W, Math.ceil(x0 + w)); sx++) {
        // bilinear sample
        const u = (sx + 0.5 - x0) / s - 0.5,
          vv = (sy + 0.5 - y0) / s - 0.5;
        const ui = Math.floor(u),
          vi = Math.floor(vv),
          fu = u - ui,
          fv = vv - vi;
        const A = t.a,
          N = t.n;
        const samp = (img, c) => {
          let acc = 0;
          for (const [dx, dy, wgt] of [
            [0, 0, (1 - fu) * (1 - fv)],
            [1, 0, fu * (1 - fv)],
            [0, 1, (1 - fu) * fv],
            [1, 1, fu * fv],
          ]) {
            const xx = Math.min(img.w - 1, Math.max(0, ui + dx)),
              yy = Math.min(img.h - 1, Math.max(0, vi + dy));
            const inside = ui + dx >= 0 && ui + dx < img.w && vi + dy >= 0 && vi + dy < img.h;
            acc += wgt * (c === 3 && !inside ? 0 : img.data[(yy * img.w + xx) * 4 + c]);
          }
          return acc / 255;
        };
        const a = samp(A, 3) * alpha;
        if (a <= 0.002) continue;
        let col = [samp(A, 0), samp(A, 1), samp(A, 2)];
        if (lit && N) {
          let nx = samp(N, 0) * 2 - 1,
            ny = samp(N, 1) * 2 - 1,
            nz = samp(N, 2) * 2 - 1;
          const l = Math.hypot(nx, ny, nz) || 1;
          const Lc = lightAt(sx, sy, nx / l, ny / l, nz / l);
          col = col.map((c, i) => c * Lc[i]);
        }
        const i = (sy * W + sx) * 3;
        for (let k = 0; k < 3; k++) frame[i + k] = add ? frame[i + k] + col[k] * a : frame[i + k] * (1 - a) + col[k] * a;
      }
    }
  }
  draw('crypt_back', 0, 0, { origin: 'topleft' });
  // shaft from the stairs
  draw('shaft', 1000, 70, { origin: 'topleft', lit: false, add: true, alpha: 0.35 });
  const items = [];
  for (const p of scene.props) {
    const st = v.props[p.id] ?? p.initial;
    const t = p.states[st];
    if (t) items.push({ depth: p.depth, fn: () => draw(t, p.x, p.y, { lit: p.lit }) });
  }
  for (const a of scene.actors) {
    const pose = v[a.id] ?? a.initial;
    const P = a.poses[pose];
    if (P && P.texture) {
      const m = scene.marks[P.mark];
      items.push({ depth: a.depth, fn: () => draw(P.texture, m.x, m.y) });
    }
  }
  items.sort((a, b) => a.depth - b.depth).forEach((it) => it.fn());
  for (const L of lights) if (L.flame) draw(L.flame.texture, L.x, L.y, { lit: false, add: true, scale: L.flame.scale, origin: 'bottom' });
  for (const L of lights) if (L.id === 'ember') draw('ember_glow', L.x + 14, L.y + 6, { lit: false, add: true, origin: 'center' });
  const cig = scene.props.find((p) => p.id === 'cigarette');
  if (v.props.cigarette === 'burning')
    for (let k = 0; k < 6; k++)
      draw('smoke', cig.smoke.x + Math.sin(k * 1.7) * 6 * k, cig.smoke.y - 14 - k * 22, {
        lit: false,
        add: true,
        origin: 'center',
        alpha: 0.14 * (1 - k / 7),
        scale: 0.4 + k * 0.22,
      });
  for (let k = 0; k < 40; k++) {
    const x = ((k * 379) % 1180) + 40,
      y = ((k * 211) % 560) + 60;
    draw('dust', x, y, { lit: false, add: true, origin: 'center', alpha: 0.5 });
  }
  // vignette + grain
  const grain = tex('grain').a;
  const out = new Uint8Array(W * H * 4);
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = y * W + x,
        dx = (x - W / 2) / (W / 2),
        dy = (y - H / 2) / (H / 2);
      const vig = Math.max(0, 1 - 0.42 * Math.pow(Math.hypot(dx * 0.85, dy * 0.95), 2.4));
      const gr = (grain.data[((y % grain.h) * grain.w + (x % grain.w)) * 4] / 255 - 0.5) * 0.05;
      for (let k = 0; k < 3; k++) out[i * 4 + k] = Math.max(0, Math.min(255, Math.round((frame[i * 3 + k] * vig + gr) * 255)));
      out[i * 4 + 3] = 255;
    }
  if (process.env.HOTSPOTS) {
    // outline hotspots (cyan) and marks (magenta) to check the placement
    const px = (x, y, c) => {
      if (x >= 0 && x < W && y >= 0 && y < H) out.set(c, (y * W + x) * 4);
    };
    for (const p of scene.props)
      if (p.hotspot) {
        const h = p.hotspot;
        for (let x = h.x; x <= h.x + h.w; x++) {
          px(x, h.y, [0, 255, 255, 255]);
          px(x, h.y + h.h, [0, 255, 255, 255]);
        }
        for (let y = h.y; y <= h.y + h.h; y++) {
          px(h.x, y, [0, 255, 255, 255]);
          px(h.x + h.w, y, [0, 255, 255, 255]);
        }
      }
    for (const m of Object.values(scene.marks))
      for (let d = -4; d <= 4; d++) {
        px(m.x + d, m.y, [255, 0, 255, 255]);
        px(m.x, m.y + d, [255, 0, 255, 255]);
      }
  }
  mkdirSync(join(root, 'artifacts'), { recursive: true });
  writePng(join(root, 'artifacts', `preview-${vname}.png`), W, H, out, { opaque: true });
  console.log(`artifacts/preview-${vname}.png`);
}

const want = process.argv.slice(2);
for (const v of want.length ? want : Object.keys(VARIANTS)) render(v);

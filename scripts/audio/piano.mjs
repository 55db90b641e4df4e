// A small sampler over the Salamander Grand Piano V3 (Alexander Holm, CC BY 3.0), as packaged
// on npm by @audio-samples/piano-mp3-velocityN. Samples exist every minor third (C, D#, F#, A),
// so any note is at most one semitone from a sample and is re-pitched by cubic interpolation.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { SR } from './dsp.mjs';
import { decodeToWav, readWav } from './tools.mjs';

const require = createRequire(import.meta.url);
// Velocity 0..1 spans the soft layers 4–10; the climax (velocity up to 1.5) reaches 12 and 14,
// whose tone is brighter and harder, not only louder.
export const LAYERS = [4, 6, 8, 10, 12, 14];
const LAYER_AT = [0, 1 / 3, 2 / 3, 1, 1.25, 1.5];
const NAMES = ['C', 'C#', 'D', 'D#', 'E', 'F', 'F#', 'G', 'G#', 'A', 'A#', 'B'];
const CACHE = join(tmpdir(), 'every-night-bake', 'piano');

/** 'C#4' → 61 */
export function midi(name) {
  const m = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!m) throw new Error(`bad note ${name}`);
  const base = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 }[m[1]];
  return base + (m[2] === '#' ? 1 : m[2] === 'b' ? -1 : 0) + 12 * (Number(m[3]) + 1);
}
const sampleName = (m) => `${NAMES[m % 12]}${Math.floor(m / 12) - 1}`;

function nearestSample(m) {
  for (const d of [0, 1, -1]) if ([0, 3, 6, 9].includes((((m - d) % 12) + 12) % 12)) return m - d;
  throw new Error('unreachable');
}

const cache = new Map();
function loadSample(layer, m) {
  const key = `${layer}:${m}`;
  if (cache.has(key)) return cache.get(key);
  const pkg = `@audio-samples/piano-mp3-velocity${layer}`;
  const dir = join(dirname(require.resolve(`${pkg}/package.json`)), 'audio');
  const file = join(dir, `${sampleName(m)}v${layer}.mp3`);
  if (!existsSync(file)) throw new Error(`missing piano sample ${file}`);
  mkdirSync(CACHE, { recursive: true });
  const wav = join(CACHE, `${sampleName(m).replace('#', 's')}v${layer}.wav`);
  if (!existsSync(wav)) decodeToWav(file, wav, 2);
  const { chs } = readWav(wav);
  // Align the onset: start 1.5 ms before the first sample above 2 % of the peak.
  let pk = 0;
  for (const c of chs) for (let i = 0; i < c.length; i++) pk = Math.max(pk, Math.abs(c[i]));
  let on = 0;
  outer: for (let i = 0; i < chs[0].length; i++)
    for (const c of chs)
      if (Math.abs(c[i]) > 0.02 * pk) {
        on = i;
        break outer;
      }
  const start = Math.max(0, on - Math.round(0.0015 * SR));
  const s = { chs: chs.map((c) => c.subarray(start)), rms: 0 };
  let e = 0;
  const n = Math.min(s.chs[0].length, Math.round(0.25 * SR));
  for (const c of s.chs) for (let i = 0; i < n; i++) e += c[i] * c[i];
  s.rms = Math.sqrt(e / (2 * n));
  cache.set(key, s);
  return s;
}

/**
 * Render one note: midi number, velocity 0..1, held for `hold` seconds then damped.
 * Returns [left, right]. Loudness follows a smooth curve across the velocity layers.
 */
export function renderNote(m, vel, hold) {
  const v = Math.min(1.5, Math.max(0, vel));
  let pos = 0;
  while (pos < LAYERS.length - 1 && LAYER_AT[Math.floor(pos) + 1] <= v) pos++;
  if (pos < LAYERS.length - 1) pos += (v - LAYER_AT[pos]) / (LAYER_AT[pos + 1] - LAYER_AT[pos]);
  const li = Math.min(LAYERS.length - 1, Math.round(pos));
  const sm = nearestSample(m);
  const s = loadSample(LAYERS[li], sm);
  // Target level: interpolate the measured level of the layers (at this sample note) in dB.
  const lo = Math.floor(pos),
    hi = Math.min(LAYERS.length - 1, lo + 1),
    f = pos - lo;
  const dbLo = 20 * Math.log10(loadSample(LAYERS[lo], sm).rms),
    dbHi = 20 * Math.log10(loadSample(LAYERS[hi], sm).rms);
  // ...and widen the dynamic range a little beyond the layers' own (about 6 dB across them).
  const gain = (Math.pow(10, (dbLo + (dbHi - dbLo) * f) / 20) / s.rms) * Math.pow(10, ((Math.min(1, v) - 0.5) * 12) / 20);
  const ratio = Math.pow(2, (m - sm) / 12);
  // Dampers: a quick but soft release; the top octaves have no dampers and ring on.
  const tau = m >= 89 ? 1.2 : m < 48 ? 0.28 : 0.18;
  const srcLen = s.chs[0].length;
  const n = Math.min(Math.floor((srcLen - 4) / ratio), Math.round((hold + tau * 7) * SR));
  const holdN = Math.round(hold * SR);
  const out = [new Float32Array(n), new Float32Array(n)];
  for (let c = 0; c < 2; c++) {
    const x = s.chs[c],
      o = out[c];
    for (let i = 0; i < n; i++) {
      const p = i * ratio,
        k = Math.floor(p),
        t = p - k;
      const xm = x[k - 1] ?? 0,
        x0 = x[k],
        x1 = x[k + 1],
        x2 = x[k + 2];
      const a = (-xm + 3 * x0 - 3 * x1 + x2) / 2,
        b = xm - (5 * x0) / 2 + 2 * x1 - x2 / 2,
        cc = (x1 - xm) / 2;
      let y = ((a * t + b) * t + cc) * t + x0;
      if (i > holdN) y *= Math.exp(-(i - holdN) / (tau * SR));
      o[i] = y * gain;
    }
    // never end abruptly
    const fl = Math.min(n, Math.round(0.02 * SR));
    for (let i = 0; i < fl; i++) o[n - 1 - i] *= i / fl;
  }
  return out;
}

// Shared synthesis helpers for the effects: stone-room reverb through sox, breath and voice
// sources, event scheduling for loops.
import { join } from 'node:path';
import { SR, addInto, biquad, buf, formants, gauss, range, secs, shape, white } from './dsp.mjs';
import { readWav, sox, writeWav } from './tools.mjs';

let counter = 0;
/**
 * Stone reverb via sox (wet only), mixed under the dry signal. chs: channels (mono → mono).
 * opts: { wet (gain), rev (reverberance %), damp (HF damping %), size (room scale %), pre (ms), tail (s) }
 */
export function stone(ctx, chs, { wet = 0.35, rev = 55, damp = 55, size = 55, pre = 6, tail = 1.2, dry = 1 } = {}) {
  const pad = secs(tail);
  const input = chs.map((c) => { const x = new Float32Array(c.length + pad); x.set(c); return x; });
  const a = join(ctx.tmp, `rv${counter}-in.wav`), b = join(ctx.tmp, `rv${counter++}-out.wav`);
  writeWav(a, input);
  sox(a, b, ['reverb', '-w', String(rev), String(damp), String(size), '100', String(pre), '0']);
  const w = readWav(b).chs;
  return input.map((x, ci) => {
    const o = new Float32Array(x.length), wc = w[ci] ?? w[0];
    for (let i = 0; i < o.length; i++) o[i] = x[i] * dry + wc[i] * wet;
    return o;
  });
}

const rms = (x) => { let e = 0; for (const v of x) e += v * v; return Math.sqrt(e / Math.max(1, x.length)) || 1; };

/**
 * Breath: noise through formant bands, shaped by env(t). bands: [freq, q, gain]. `hiss` is the
 * level of the turbulent 2.5–7 kHz air noise relative to the resonant part (both normalised).
 * A gentle top cut keeps it a breath, not a hiss.
 */
export function breath(r, seconds, env, bands, hiss = 0.3) {
  const n = white(secs(seconds), r);
  const o = formants(n, bands);
  const h = white(n.length, r);
  biquad(h, 'hp', 2500, 0.7); biquad(h, 'lp', 7000, 0.7);
  const go = 1 / rms(o), gh = hiss / rms(h);
  for (let i = 0; i < o.length; i++) o[i] = o[i] * go + h[i] * gh;
  biquad(o, 'lp', 9000, 0.6);
  return shape(o, env);
}

/** A glottal source: band-limited pulse train with jitter, f0Of(t) in Hz, ampOf(t). */
export function voice(r, seconds, f0Of, ampOf) {
  const o = buf(seconds);
  let ph = 0;
  for (let i = 0; i < o.length; i++) {
    const t = i / SR;
    ph += (f0Of(t) * (1 + gauss(r) * 0.01)) / SR;
    if (ph >= 1) ph -= 1;
    // Rosenberg-like pulse: open phase rise, quick close, then rest.
    const g = ph < 0.5 ? 0.5 - 0.5 * Math.cos((Math.PI * ph) / 0.5) : ph < 0.7 ? Math.cos((Math.PI * (ph - 0.5)) / 0.4) : 0;
    o[i] = g * ampOf(t);
  }
  // derivative (radiation) and a gentle tilt
  for (let i = o.length - 1; i > 0; i--) o[i] -= o[i - 1];
  o[0] = 0;
  return biquad(o, 'lp', 3500, 0.7);
}

/** Poisson event times in [t0, t1) at `rate(t)` per second. */
export function events(r, t0, t1, rate) {
  const out = [];
  let t = t0;
  for (;;) {
    const rt = Math.max(1e-3, typeof rate === 'function' ? rate(t) : rate);
    t += -Math.log(Math.max(1e-9, r())) / rt;
    if (t >= t1) return out;
    out.push(t);
  }
}

/** A tiny crackle (burning paper, wick): a few-ms bright click. */
export function crackle(r, amp, lo = 1500, hi = 7000) {
  const n = secs(range(r, 0.002, 0.008));
  const x = white(n, r);
  const d = range(r, 0.0006, 0.002);
  for (let i = 0; i < n; i++) x[i] *= Math.exp(-i / (d * SR));
  biquad(x, 'hp', lo, 0.7); biquad(x, 'lp', hi, 0.7);
  for (let i = 0; i < n; i++) x[i] *= amp;
  return x;
}

export function mixAt(dst, src, t, gain = 1) { return addInto(dst, src, Math.round(t * SR), gain); }

// Shared synthesis helpers for the effects: the room, breath and voice
// sources, event scheduling for loops.
import { SR, addInto, biquad, buf, gauss, range, secs, shape, smoothRandom, sweep, white } from './dsp.mjs';
import { room } from './room.mjs';

/**
 * Puts a sound in the crypt: the one shared reverb (scripts/audio/room.mjs), `send` its level
 * (0.1 close and dry … 1 far off). Every effect, the ambience, the drips and the heart go through
 * the same impulse response, so they sound like one room.
 */
export function inRoom(chs, send = 0.2) {
  return room(chs, { send });
}

const rms = (x) => {
  let e = 0;
  for (const v of x) e += v * v;
  return Math.sqrt(e / Math.max(1, x.length)) || 1;
};

/**
 * Breath: turbulent noise through the vocal tract's resonances. bands: [freq, q, gain]. A real
 * breath is never still: the formants glide as the jaw and tongue move (`move(t)` scales every
 * formant's frequency over the breath) and wander a little on their own (`jitter`: a few per
 * cent, every ~40 ms), and the airflow flutters in level. `hiss` is the level of the turbulent
 * 2.5–7 kHz air noise relative to the resonant part.
 */
export function breath(r, seconds, env, bands, hiss = 0.3, { move = () => 1, jitter = 0.04, flutter = 0.18 } = {}) {
  const n = secs(seconds);
  const src = white(n, r);
  const o = new Float32Array(n);
  for (const [f, q, g] of bands) {
    const drift = smoothRandom(r, seconds + 0.1, 0.04, -1, 1);
    const y = sweep(
      Float32Array.from(src),
      'bp',
      (t) => f * move(t) * (1 + jitter * drift(t)),
      () => q,
    );
    for (let i = 0; i < n; i++) o[i] += y[i] * g;
  }
  const h = white(n, r);
  biquad(h, 'hp', 2500, 0.7);
  biquad(h, 'lp', 7000, 0.7);
  const go = 1 / rms(o),
    gh = hiss / rms(h);
  const wobble = smoothRandom(r, seconds + 0.1, 0.025, 1 - flutter, 1 + flutter);
  for (let i = 0; i < n; i++) o[i] = (o[i] * go + h[i] * gh) * wobble(i / SR);
  biquad(o, 'lp', 9000, 0.6);
  return shape(o, env);
}

/** A glottal source: band-limited pulse train with jitter, f0Of(t) in Hz, ampOf(t). */
export function voice(r, seconds, f0Of, ampOf) {
  const o = buf(seconds);
  let ph = 0,
    shimmer = 1;
  const drift = smoothRandom(r, seconds + 0.1, 0.05, -1, 1);
  for (let i = 0; i < o.length; i++) {
    const t = i / SR;
    // jitter (cycle to cycle), a slow drift of pitch, and shimmer (cycle-to-cycle level)
    ph += (f0Of(t) * (1 + gauss(r) * 0.012 + 0.02 * drift(t))) / SR;
    if (ph >= 1) {
      ph -= 1;
      shimmer = 1 + gauss(r) * 0.08;
    }
    // Rosenberg-like pulse: open phase rise, quick close, then rest.
    const g = ph < 0.5 ? 0.5 - 0.5 * Math.cos((Math.PI * ph) / 0.5) : ph < 0.7 ? Math.cos((Math.PI * (ph - 0.5)) / 0.4) : 0;
    o[i] = g * ampOf(t) * shimmer;
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
  biquad(x, 'hp', lo, 0.7);
  biquad(x, 'lp', hi, 0.7);
  for (let i = 0; i < n; i++) x[i] *= amp;
  return x;
}

export function mixAt(dst, src, t, gain = 1) {
  return addInto(dst, src, Math.round(t * SR), gain);
}

// Small, deterministic DSP toolkit for the audio bake. Everything runs at SR Hz on
// Float32Arrays; randomness comes only from seeded generators so every bake is identical.
export const SR = 48000;

/** Seeded PRNG (mulberry32, shared with the tests): returns a function giving floats in [0, 1). */
export { mulberry32 as rng } from '../rng.mjs';
export const range = (r, lo, hi) => lo + (hi - lo) * r();
export function gauss(r) {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

export const secs = (s) => Math.round(s * SR);
export const buf = (seconds) => new Float32Array(secs(seconds));
export const dbToGain = (db) => Math.pow(10, db / 20);

export function white(n, r) {
  const o = new Float32Array(n);
  for (let i = 0; i < n; i++) o[i] = r() * 2 - 1;
  return o;
}
/** Pink noise (Paul Kellet's refined filter), roughly unit RMS scaled. */
export function pink(n, r) {
  const o = new Float32Array(n);
  let b0 = 0,
    b1 = 0,
    b2 = 0,
    b3 = 0,
    b4 = 0,
    b5 = 0,
    b6 = 0;
  for (let i = 0; i < n; i++) {
    const w = r() * 2 - 1;
    b0 = 0.99886 * b0 + w * 0.0555179;
    b1 = 0.99332 * b1 + w * 0.0750759;
    b2 = 0.969 * b2 + w * 0.153852;
    b3 = 0.8665 * b3 + w * 0.3104856;
    b4 = 0.55 * b4 + w * 0.5329522;
    b5 = -0.7616 * b5 - w * 0.016898;
    o[i] = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.11;
    b6 = w * 0.115926;
  }
  return o;
}
/** Brown(ish) noise: leaky integrated white noise. */
export function brown(n, r) {
  const o = new Float32Array(n);
  let y = 0;
  for (let i = 0; i < n; i++) {
    y = 0.995 * y + (r() * 2 - 1) * 0.1;
    o[i] = y;
  }
  return o;
}

// ---- Biquads (RBJ cookbook) ----
function coeffs(type, f, q, gainDb = 0) {
  const w = (2 * Math.PI * Math.min(f, SR * 0.49)) / SR;
  const cw = Math.cos(w),
    sw = Math.sin(w),
    alpha = sw / (2 * q);
  const A = Math.pow(10, gainDb / 40);
  let b0, b1, b2, a0, a1, a2;
  switch (type) {
    case 'lp':
      b0 = (1 - cw) / 2;
      b1 = 1 - cw;
      b2 = b0;
      a0 = 1 + alpha;
      a1 = -2 * cw;
      a2 = 1 - alpha;
      break;
    case 'hp':
      b0 = (1 + cw) / 2;
      b1 = -(1 + cw);
      b2 = b0;
      a0 = 1 + alpha;
      a1 = -2 * cw;
      a2 = 1 - alpha;
      break;
    case 'bp':
      b0 = alpha;
      b1 = 0;
      b2 = -alpha;
      a0 = 1 + alpha;
      a1 = -2 * cw;
      a2 = 1 - alpha;
      break;
    case 'peak':
      b0 = 1 + alpha * A;
      b1 = -2 * cw;
      b2 = 1 - alpha * A;
      a0 = 1 + alpha / A;
      a1 = -2 * cw;
      a2 = 1 - alpha / A;
      break;
    case 'lowshelf': {
      const s = 2 * Math.sqrt(A) * alpha;
      b0 = A * (A + 1 - (A - 1) * cw + s);
      b1 = 2 * A * (A - 1 - (A + 1) * cw);
      b2 = A * (A + 1 - (A - 1) * cw - s);
      a0 = A + 1 + (A - 1) * cw + s;
      a1 = -2 * (A - 1 + (A + 1) * cw);
      a2 = A + 1 + (A - 1) * cw - s;
      break;
    }
    case 'highshelf': {
      const s = 2 * Math.sqrt(A) * alpha;
      b0 = A * (A + 1 + (A - 1) * cw + s);
      b1 = -2 * A * (A - 1 + (A + 1) * cw);
      b2 = A * (A + 1 + (A - 1) * cw - s);
      a0 = A + 1 - (A - 1) * cw + s;
      a1 = 2 * (A - 1 - (A + 1) * cw);
      a2 = A + 1 - (A - 1) * cw - s;
      break;
    }
    default:
      throw new Error(`unknown filter ${type}`);
  }
  return [b0 / a0, b1 / a0, b2 / a0, a1 / a0, a2 / a0];
}

/** Filter x in place with a fixed biquad. */
export function biquad(x, type, f, q = 0.707, gainDb = 0) {
  const [b0, b1, b2, a1, a2] = coeffs(type, f, q, gainDb);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i];
    const y = b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = y;
    x[i] = y;
  }
  return x;
}
/** Biquad whose frequency (and optionally Q) follow functions of time in seconds. */
export function sweep(x, type, fOf, qOf = () => 0.707, gainDb = 0) {
  let c = coeffs(type, fOf(0), qOf(0), gainDb);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    if ((i & 31) === 0) c = coeffs(type, fOf(i / SR), qOf(i / SR), gainDb);
    const xi = x[i];
    const y = c[0] * xi + c[1] * x1 + c[2] * x2 - c[3] * y1 - c[4] * y2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = y;
    x[i] = y;
  }
  return x;
}
/** Sum of band-passes (a formant filter): returns a new array. */
export function formants(x, bands) {
  const o = new Float32Array(x.length);
  for (const [f, q, g] of bands) {
    const y = biquad(Float32Array.from(x), 'bp', f, q);
    for (let i = 0; i < o.length; i++) o[i] += y[i] * g;
  }
  return o;
}

// ---- Envelopes and control signals ----
/** Multiply x by env(tSeconds). */
export function shape(x, env) {
  for (let i = 0; i < x.length; i++) x[i] *= env(i / SR);
  return x;
}
/** Attack/decay envelope: linear-ish rise over a, exponential fall with time constant d. */
export const ad = (a, d) => (t) => (t < a ? Math.sin((0.5 * Math.PI * t) / a) : Math.exp(-(t - a) / d));
/** Piecewise-linear envelope through [t, v] points. */
export function pts(points) {
  return (t) => {
    if (t <= points[0][0]) return points[0][1];
    for (let i = 1; i < points.length; i++) {
      const [t1, v1] = points[i];
      if (t <= t1) {
        const [t0, v0] = points[i - 1];
        const u = (t - t0) / (t1 - t0);
        return v0 + (v1 - v0) * (0.5 - 0.5 * Math.cos(Math.PI * u));
      }
    }
    return points[points.length - 1][1];
  };
}
/** Smooth random control curve (cosine-interpolated values every `step` seconds), periodic over `period` if given. */
export function smoothRandom(r, seconds, step, lo = 0, hi = 1, period = 0) {
  const n = Math.ceil(seconds / step) + 2;
  const v = Array.from({ length: n }, () => range(r, lo, hi));
  if (period > 0) {
    const k = Math.round(period / step);
    for (let i = k; i < n; i++) v[i] = v[i - k];
  }
  return (t) => {
    const p = t / step,
      i = Math.floor(p),
      u = p - i;
    const a = v[Math.min(i, n - 1)],
      b = v[Math.min(i + 1, n - 1)];
    return a + (b - a) * (0.5 - 0.5 * Math.cos(Math.PI * u));
  };
}

// ---- Building blocks ----
/** Add src * gain into dst starting at sample offset (clipped to dst). */
export function addInto(dst, src, offset = 0, gain = 1) {
  const start = Math.max(0, offset),
    end = Math.min(dst.length, offset + src.length);
  for (let i = start; i < end; i++) dst[i] += src[i - offset] * gain;
  return dst;
}
/** A bank of exponentially decaying partials: [freq, decaySeconds, amp]. */
export function modes(seconds, partials, r = null) {
  const o = buf(seconds);
  for (const [f, d, a] of partials) {
    const ph = r ? r() * 2 * Math.PI : 0;
    const w = (2 * Math.PI * f) / SR;
    for (let i = 0; i < o.length; i++) {
      const e = Math.exp(-i / (d * SR));
      if (e < 1e-5) break;
      o[i] += a * e * Math.sin(w * i + ph);
    }
  }
  return o;
}
/** Short noise burst with an attack/decay, optionally band-limited. */
export function burst(r, seconds, attack, decay, band = null) {
  const o = shape(white(secs(seconds), r), ad(attack, decay));
  if (band) {
    biquad(o, 'hp', band[0], 0.7);
    biquad(o, 'lp', band[1], 0.7);
  }
  return o;
}
/** A water bubble (Minnaert): rising sine chirp with exponential decay. */
export function bubble(f0, decay, rise, amp, seconds = decay * 6) {
  const o = buf(seconds);
  let ph = 0;
  for (let i = 0; i < o.length; i++) {
    const t = i / SR;
    const f = f0 * (1 + rise * t);
    ph += (2 * Math.PI * f) / SR;
    const att = Math.min(1, t / 0.0008);
    o[i] = amp * att * Math.exp(-t / decay) * Math.sin(ph);
  }
  return o;
}
export function scale(x, g) {
  for (let i = 0; i < x.length; i++) x[i] *= g;
  return x;
}
export function peak(x) {
  let m = 0;
  for (let i = 0; i < x.length; i++) m = Math.max(m, Math.abs(x[i]));
  return m;
}
export function removeDc(x) {
  return biquad(x, 'hp', 18, 0.6);
}
export function fadeEdges(x, inS = 0.002, outS = 0.02) {
  const a = secs(inS),
    b = secs(outS);
  for (let i = 0; i < a && i < x.length; i++) x[i] *= i / a;
  for (let i = 0; i < b && i < x.length; i++) x[x.length - 1 - i] *= i / b;
  return x;
}
/** Trim trailing near-silence (below -80 dBFS), keeping `keep` seconds after the last loud sample. */
export function trimTail(chs, keep = 0.05, thresh = 1e-4) {
  let last = 0;
  for (const c of chs)
    for (let i = c.length - 1; i >= 0; i--)
      if (Math.abs(c[i]) > thresh) {
        last = Math.max(last, i);
        break;
      }
  const n = Math.min(chs[0].length, last + secs(keep));
  return chs.map((c) => fadeEdges(c.slice(0, n), 0, keep));
}

// ---- Loops ----
/** Fold everything after `len` back onto the start (for event-based loops whose tails ring on). */
export function fold(x, len) {
  const o = x.slice(0, len);
  for (let i = len; i < x.length; i++) o[i % len] += x[i];
  return o;
}
/** For continuous material rendered to len + xf samples: equal-power crossfade the tail into the head. */
export function crossfadeLoop(x, len, xf) {
  const o = x.slice(0, len);
  for (let i = 0; i < xf; i++) {
    const u = i / xf;
    o[i] = x[i] * Math.sin(0.5 * Math.PI * u) + x[len + i] * Math.cos(0.5 * Math.PI * u);
  }
  return o;
}

/** Apply a stateful filter to a loop as if it had been playing forever: filter two laps, keep the second. */
export function loopFilter(x, fn) {
  const two = new Float32Array(x.length * 2);
  two.set(x);
  two.set(x, x.length);
  return fn(two).slice(x.length);
}

/**
 * Transparent look-ahead peak limiter (ceiling in linear sample peak) over all channels together.
 * With `loop`, the gain curve wraps around so the loop join stays seamless.
 */
export function limit(chs, ceiling, { loop = false, lookahead = 0.002, release = 0.08 } = {}) {
  const n = chs[0].length,
    W = Math.max(1, Math.round(lookahead * SR));
  const laps = loop ? 2 : 1,
    N = n * laps;
  const at = (c, i) => c[i % n];
  const req = new Float32Array(N);
  for (let i = 0; i < N; i++) {
    let p = 0;
    for (const c of chs) p = Math.max(p, Math.abs(at(c, i)));
    req[i] = p > ceiling ? ceiling / p : 1;
  }
  // minimum over the next 2W samples (monotonic deque)
  const a = new Float32Array(N);
  const val = (j) => (loop ? req[j % N] : j < N ? req[j] : 1);
  const dq = new Int32Array(N + 2 * W + 1);
  let head = 0,
    tail = 0;
  for (let j = 0; j < N + 2 * W; j++) {
    while (tail > head && val(dq[tail - 1]) >= val(j)) tail--;
    dq[tail++] = j;
    const i = j - 2 * W;
    if (i >= 0) {
      while (dq[head] < i) head++;
      a[i] = val(dq[head]);
    }
  }
  const k = 1 / (release * SR);
  const b = new Float32Array(N);
  let g = 1;
  for (let i = 0; i < N; i++) {
    g = Math.min(a[i], g + (1 - g) * k);
    b[i] = g;
  }
  if (loop) {
    // second lap with settled state
    for (let i = 0; i < N; i++) {
      g = Math.min(a[i], g + (1 - g) * k);
      b[i] = g;
    }
  }
  const out = chs.map(() => new Float32Array(n));
  let sum = 0;
  for (let i = 0; i < W; i++) sum += b[(i - W + 1 + N) % N] ?? 1;
  let reduced = 0;
  for (let i = 0; i < N; i++) {
    if (i > 0) sum += b[i] - (i - W >= 0 ? b[i - W] : loop ? b[(i - W + N) % N] : 1);
    const gi = sum / W;
    if (i >= N - n) {
      const o = i - (N - n);
      for (let c = 0; c < chs.length; c++) out[c][o] = chs[c][o] * gi;
      if (gi < 0.999) reduced++;
    }
  }
  return { chs: out, reducedFraction: reduced / n };
}

/**
 * Rings a bank of resonant modes from an excitation (an impact, a scrape): each mode [freq,
 * decaySeconds, amp] is a two-pole resonator whose Q gives that decay, scaled so an impulse
 * rings it at `amp`. Noise-excited modes vary hit to hit, as struck metal and glass do.
 */
export function ring(excitation, partials, seconds) {
  const o = new Float32Array(Math.max(excitation.length, secs(seconds)));
  const x = new Float32Array(o.length);
  x.set(excitation);
  for (const [f, tau, a] of partials) {
    if (f >= SR * 0.45) continue;
    const q = Math.PI * f * tau;
    const y = biquad(Float32Array.from(x), 'bp', f, q);
    const g = (a * (tau * SR)) / 2;
    for (let i = 0; i < o.length; i++) o[i] += y[i] * g;
  }
  return o;
}
/** An impact: a click of contact noise `ms` long, brighter the harder the surfaces. */
export function impact(r, ms, brightHz) {
  const n = Math.max(4, Math.round((ms / 1000) * SR));
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (r() * 2 - 1) * Math.exp(-i / (n / 3)) + (i < n / 4 ? 0.6 : 0);
  return biquad(x, 'lp', brightHz, 0.7);
}

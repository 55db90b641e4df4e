// One room for every sound in the crypt: a single impulse response (made once, seeded) that each
// effect, the ambience, the drips and the heart are convolved with at bake time, each with its
// own send (how far from the listener it is). Bake-time convolution costs nothing at run time;
// docs/architecture.md has the measured cost of the Web Audio alternative.
import { SR, biquad, rng } from './dsp.mjs';

/** In-place iterative radix-2 FFT on separate real/imag Float64Arrays. */
function fft(re, im, inverse = false) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) {
      [re[i], re[j]] = [re[j], re[i]];
      [im[i], im[j]] = [im[j], im[i]];
    }
  }
  for (let len = 2; len <= n; len <<= 1) {
    const ang = ((inverse ? 2 : -2) * Math.PI) / len,
      wr = Math.cos(ang),
      wi = Math.sin(ang);
    for (let i = 0; i < n; i += len) {
      let cr = 1,
        ci = 0;
      for (let k = 0; k < len / 2; k++) {
        const a = i + k,
          b = a + len / 2;
        const tr = re[b] * cr - im[b] * ci,
          ti = re[b] * ci + im[b] * cr;
        re[b] = re[a] - tr;
        im[b] = im[a] - ti;
        re[a] += tr;
        im[a] += ti;
        const nr = cr * wr - ci * wi;
        ci = cr * wi + ci * wr;
        cr = nr;
      }
    }
  }
  if (inverse)
    for (let i = 0; i < n; i++) {
      re[i] /= n;
      im[i] /= n;
    }
}

/** Linear convolution of x with h (overlap-add, FFT blocks). Returns x.length + h.length - 1 samples. */
export function convolve(x, h) {
  const block = 1 << 15;
  let n = 1;
  while (n < block + h.length - 1) n <<= 1;
  const hr = new Float64Array(n),
    hi = new Float64Array(n);
  hr.set(h);
  fft(hr, hi);
  const out = new Float32Array(x.length + h.length - 1);
  const re = new Float64Array(n),
    im = new Float64Array(n);
  for (let start = 0; start < x.length; start += block) {
    re.fill(0);
    im.fill(0);
    const end = Math.min(x.length, start + block);
    for (let i = start; i < end; i++) re[i - start] = x[i];
    fft(re, im);
    for (let k = 0; k < n; k++) {
      const r = re[k] * hr[k] - im[k] * hi[k],
        q = re[k] * hi[k] + im[k] * hr[k];
      re[k] = r;
      im[k] = q;
    }
    fft(re, im, true);
    const m = Math.min(n, out.length - start);
    for (let i = 0; i < m; i++) out[start + i] += re[i];
  }
  return out;
}

/**
 * The crypt's impulse response, stereo: a few early reflections off near stone (the lid, the
 * walls, the vault), then a dense tail that decays faster in the highs than the lows (stone
 * and damp air soak up the top). RT60 about 1.9 s at 500 Hz, 0.8 s at 8 kHz.
 */
export function cryptIr(seconds = 2.6) {
  const n = Math.round(seconds * SR);
  const bands = [
    // [low edge, high edge, RT60 s, level]
    [60, 250, 2.2, 0.8],
    [250, 1000, 1.9, 1],
    [1000, 3000, 1.4, 0.8],
    [3000, 7000, 0.95, 0.55],
    [7000, 16000, 0.6, 0.3],
  ];
  return [0, 1].map((ch) => {
    const r = rng(0xc0ffee + ch * 7919);
    const ir = new Float32Array(n);
    for (const [lo, hi, rt, level] of bands) {
      const noise = new Float32Array(n);
      for (let i = 0; i < n; i++) noise[i] = r() * 2 - 1;
      biquad(noise, 'hp', lo, 0.7);
      biquad(noise, 'hp', lo, 0.7);
      biquad(noise, 'lp', hi, 0.7);
      biquad(noise, 'lp', hi, 0.7);
      const k = Math.log(1000) / rt; // −60 dB at rt
      for (let i = 0; i < n; i++) {
        const t = i / SR;
        // the tail builds over the first 25 ms (the room filling), then decays
        const build = Math.min(1, t / 0.025);
        ir[i] += noise[i] * level * build * Math.exp(-k * t);
      }
    }
    // early reflections: stone 2–9 m away, each a little duller than the last
    const early = [
      [0.0061, 0.55],
      [0.0093, 0.42],
      [0.0134, 0.38],
      [0.0171, 0.3],
      [0.0228, 0.26],
      [0.0297, 0.2],
      [0.0352, 0.16],
    ];
    for (const [t, a] of early) {
      const i = Math.round((t + (ch ? 0.0007 : 0)) * SR * (1 + 0.04 * (r() - 0.5)));
      ir[i] += a * (r() < 0.5 ? -1 : 1) * 6;
    }
    // fade the very end to silence
    const fadeN = Math.round(0.2 * SR);
    for (let i = 0; i < fadeN; i++) ir[n - 1 - i] *= i / fadeN;
    return ir;
  });
}

let IR = null;
let IR_GAIN = 1;
function ir() {
  if (!IR) {
    IR = cryptIr();
    // Normalise so a send of 1 gives a tail as loud (in energy) as the dry signal.
    let e = 0;
    for (const v of IR[0]) e += v * v;
    IR_GAIN = 1 / Math.sqrt(e);
  }
  return IR;
}

/**
 * Put sound in the room: chs (mono or stereo) plus `send` of the shared reverb. `send` is the
 * reverb's energy relative to the dry sound (0.1 close and dry … 1 far off). The tail is kept,
 * so a one-shot grows by the IR's length (trimmed later where it has decayed).
 */
export function room(chs, { send = 0.25, dry = 1 } = {}) {
  const h = ir();
  const stereo = chs.length === 2;
  return chs.map((c, ci) => {
    const wet = convolve(c, h[stereo ? ci : 0]);
    const g = send * IR_GAIN;
    const out = new Float32Array(wet.length);
    for (let i = 0; i < out.length; i++) out[i] = (c[i] ?? 0) * dry + wet[i] * g;
    return out;
  });
}

/** For loops: convolve as if the loop had always been playing (the tail wraps onto the start). */
export function roomLoop(chs, opts) {
  const L = chs[0].length;
  return room(chs, opts).map((c) => {
    const o = c.slice(0, L);
    for (let i = L; i < c.length; i++) o[i % L] += c[i];
    return o;
  });
}

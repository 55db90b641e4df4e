// Loudness and peak measurement after ITU-R BS.1770-4 / EBU R128, in plain TypeScript.
// K-weighting: the two BS.1770 biquads, derived for any sample rate (as in pyloudnorm).
// Integrated loudness: 400 ms blocks every 100 ms, absolute gate -70 LUFS, relative gate -10 LU.
// True peak: 4x oversampling with a 48-tap windowed-sinc polyphase interpolator.

type Biquad = readonly [number, number, number, number, number];

function highShelf(fs: number): Biquad {
  const G = 3.999843853973347,
    Q = 0.7071752369554196,
    fc = 1681.974450955533;
  const A = 10 ** (G / 40),
    w = (2 * Math.PI * fc) / fs,
    c = Math.cos(w),
    alpha = Math.sin(w) / (2 * Q);
  const s = 2 * Math.sqrt(A) * alpha;
  const a0 = A + 1 - (A - 1) * c + s;
  return [
    (A * (A + 1 + (A - 1) * c + s)) / a0,
    (-2 * A * (A - 1 + (A + 1) * c)) / a0,
    (A * (A + 1 + (A - 1) * c - s)) / a0,
    (2 * (A - 1 - (A + 1) * c)) / a0,
    (A + 1 - (A - 1) * c - s) / a0,
  ];
}
function highPass(fs: number): Biquad {
  const Q = 0.5003270373238773,
    fc = 38.13547087602444;
  const w = (2 * Math.PI * fc) / fs,
    c = Math.cos(w),
    alpha = Math.sin(w) / (2 * Q),
    a0 = 1 + alpha;
  return [(1 + c) / 2 / a0, -(1 + c) / a0, (1 + c) / 2 / a0, (-2 * c) / a0, (1 - alpha) / a0];
}
function filter(x: Float32Array, [b0, b1, b2, a1, a2]: Biquad): Float64Array {
  const y = new Float64Array(x.length);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    const yi = b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = yi;
    y[i] = yi;
  }
  return y;
}
function filter64(x: Float64Array, [b0, b1, b2, a1, a2]: Biquad): Float64Array {
  const y = new Float64Array(x.length);
  let x1 = 0,
    x2 = 0,
    y1 = 0,
    y2 = 0;
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] ?? 0;
    const yi = b0 * xi + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2;
    x2 = x1;
    x1 = xi;
    y2 = y1;
    y1 = yi;
    y[i] = yi;
  }
  return y;
}

export interface Loudness {
  /** Integrated loudness, LUFS (gated). -Infinity when nothing passes the gates. */
  integrated: number;
  /** Highest momentary loudness (400 ms window), LUFS. */
  momentaryMax: number;
  /** Highest short-term loudness (3 s window), LUFS; -Infinity for files shorter than 3 s. */
  shortTermMax: number;
}

const toLufs = (z: number): number => (z > 0 ? -0.691 + 10 * Math.log10(z) : -Infinity);

/** Channel weights are 1 for mono and for left/right (BS.1770). */
export function loudness(channels: readonly Float32Array[], fs: number): Loudness {
  const hs = highShelf(fs),
    hp = highPass(fs);
  const n = channels[0]?.length ?? 0;
  // Running sum of the K-weighted power, summed over channels, in 100 ms steps.
  const step = Math.round(fs / 10);
  const steps = Math.floor(n / step);
  const power = new Float64Array(steps);
  for (const ch of channels) {
    const k = filter64(filter(ch, hs), hp);
    for (let s = 0; s < steps; s++) {
      let e = 0;
      for (let i = s * step, end = i + step; i < end; i++) {
        const v = k[i] ?? 0;
        e += v * v;
      }
      power[s] = (power[s] ?? 0) + e;
    }
  }
  const windowed = (len: number): number[] => {
    const out: number[] = [];
    for (let s = 0; s + len <= steps; s++) {
      let e = 0;
      for (let j = 0; j < len; j++) e += power[s + j] ?? 0;
      out.push(e / (len * step));
    }
    return out;
  };
  const blocks = windowed(4);
  const shortTerm = windowed(30);
  const abs = blocks.filter((z) => toLufs(z) > -70);
  let integrated = -Infinity;
  if (abs.length) {
    const rel = toLufs(abs.reduce((a, b) => a + b, 0) / abs.length) - 10;
    const gated = abs.filter((z) => toLufs(z) > rel);
    if (gated.length) integrated = toLufs(gated.reduce((a, b) => a + b, 0) / gated.length);
  }
  return {
    integrated,
    momentaryMax: blocks.length ? toLufs(Math.max(...blocks)) : -Infinity,
    shortTermMax: shortTerm.length ? toLufs(Math.max(...shortTerm)) : -Infinity,
  };
}

// 4x polyphase interpolator: 12 taps a phase, Kaiser-windowed sinc at the original Nyquist.
const PHASES = 4,
  TAPS = 12;
const POLY: Float64Array[] = (() => {
  const N = PHASES * TAPS,
    beta = 6,
    centre = (N - 1) / 2;
  const i0 = (x: number): number => {
    let s = 1,
      t = 1;
    for (let k = 1; k < 30; k++) {
      t *= (x / (2 * k)) ** 2;
      s += t;
    }
    return s;
  };
  const h = Array.from({ length: N }, (_, n) => {
    const x = (n - centre) / PHASES;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const r = (2 * n) / (N - 1) - 1;
    return sinc * (i0(beta * Math.sqrt(Math.max(0, 1 - r * r))) / i0(beta));
  });
  return Array.from({ length: PHASES }, (_, p) => {
    const taps = new Float64Array(TAPS);
    for (let t = 0; t < TAPS; t++) taps[t] = h[t * PHASES + p] ?? 0;
    const sum = taps.reduce((a, b) => a + b, 0);
    return taps.map((v) => v / sum);
  });
})();

const GAIN_BOUND = Math.max(...POLY.map((taps) => taps.reduce((a, b) => a + Math.abs(b), 0)));

/**
 * True peak in dBTP: the highest absolute value of the 4x oversampled signal (and of the samples).
 * Exact but quick: a block of samples is interpolated only when the interpolator's gain bound
 * times the block's sample peak could beat the highest value found so far.
 */
export function truePeak(channels: readonly Float32Array[]): number {
  let peak = 0;
  for (const x of channels)
    for (const v of x) {
      const a = Math.abs(v);
      if (a > peak) peak = a;
    }
  const BLOCK = 256;
  for (const x of channels) {
    const n = x.length;
    for (let start = 0; start + TAPS <= n; start += BLOCK) {
      const end = Math.min(n - TAPS + 1, start + BLOCK);
      let blockMax = 0;
      for (let i = start; i < end + TAPS - 1; i++) {
        const a = Math.abs(x[i] ?? 0);
        if (a > blockMax) blockMax = a;
      }
      if (blockMax * GAIN_BOUND <= peak) continue;
      for (const taps of POLY) {
        for (let i = start; i < end; i++) {
          let acc = 0;
          for (let t = 0; t < TAPS; t++) acc += (taps[t] ?? 0) * (x[i + t] ?? 0);
          const v = Math.abs(acc);
          if (v > peak) peak = v;
        }
      }
    }
  }
  return peak > 0 ? 20 * Math.log10(peak) : -Infinity;
}

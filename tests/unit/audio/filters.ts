// Filters for listening tests: a 2nd-order Butterworth high-pass (RBJ cookbook, Q 0.707), the
// same response as ffmpeg's `highpass=f=…`, and the high-frequency burst measure at a loop's wrap.

export function highpass(x: Float32Array, fs: number, hz: number): Float32Array {
  const w = (2 * Math.PI * hz) / fs,
    c = Math.cos(w),
    alpha = Math.sin(w) / (2 * Math.SQRT1_2),
    a0 = 1 + alpha;
  const b0 = (1 + c) / 2 / a0,
    b1 = -(1 + c) / a0,
    b2 = b0,
    a1 = (-2 * c) / a0,
    a2 = (1 - alpha) / a0;
  const y = new Float32Array(x.length);
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

/**
 * How much more high-frequency energy (above 3 kHz, in the 6 ms around the join) a loop's wrap
 * has than the same moment played straight through, dB. The file pads the lap with its own
 * continuation, so the straight-through reference is in the file: the junction at the lap's
 * start, [start − w, start + w). A click adds energy at the wrap; the music itself does not.
 * `offset` shifts the lap, as a decoder that trims an MP3's delay differently would.
 */
export function wrapBurstDb(channels: readonly Float32Array[], fs: number, startSample: number, lapSamples: number, offset = 0): number {
  const w = Math.round(0.06 * fs),
    half = Math.round(0.003 * fs);
  const s = startSample + offset;
  let worst = -Infinity;
  for (const x of channels) {
    const wrap = new Float32Array(2 * w),
      ref = new Float32Array(2 * w);
    for (let i = 0; i < w; i++) {
      wrap[i] = x[s + lapSamples - w + i] ?? 0;
      wrap[w + i] = x[s + i] ?? 0;
    }
    for (let i = 0; i < 2 * w; i++) ref[i] = x[s - w + i] ?? 0;
    const energy = (y: Float32Array): number => {
      const h = highpass(y, fs, 3000);
      let e = 0;
      for (let i = w - half; i < w + half; i++) e += (h[i] ?? 0) ** 2;
      return e;
    };
    const floor = 2 * half * 1e-10; // −100 dBFS: silence on both sides is no burst
    worst = Math.max(worst, 10 * Math.log10((energy(wrap) + floor) / (energy(ref) + floor)));
  }
  return worst;
}

// Checks for a loop's join and a file's edges: sample jumps at the wrap, DC offset, clipped tails.

export interface JoinReport {
  /** |first - last| sample difference at the wrap, worst channel. */
  jump: number;
  /** Largest sample-to-sample step within the 10 ms either side of the wrap (the local norm). */
  localMaxStep: number;
  /** jump / (localMaxStep + floor): above 1 the wrap steps further than the music around it. */
  ratio: number;
}

const WINDOW = 0.01; // seconds each side
const FLOOR = 0.002; // steps smaller than -54 dBFS never count as a click

/** Compare the last few ms with the first few: the wrap must not jump more than the signal does nearby. */
export function loopJoin(channels: readonly Float32Array[], fs: number): JoinReport {
  const w = Math.round(WINDOW * fs);
  let jump = 0,
    local = 0,
    ratio = 0;
  for (const x of channels) {
    const n = x.length;
    const seam = new Float64Array(2 * w);
    for (let i = 0; i < w; i++) {
      seam[i] = x[n - w + i] ?? 0;
      seam[w + i] = x[i] ?? 0;
    }
    let localMax = 0;
    for (let i = 1; i < seam.length; i++) {
      if (i === w) continue;
      localMax = Math.max(localMax, Math.abs((seam[i] ?? 0) - (seam[i - 1] ?? 0)));
    }
    const j = Math.abs((seam[w] ?? 0) - (seam[w - 1] ?? 0));
    const r = j / (1.5 * localMax + FLOOR);
    if (r > ratio) {
      ratio = r;
      jump = j;
      local = localMax;
    }
  }
  return { jump, localMaxStep: local, ratio };
}

export function dcOffset(channels: readonly Float32Array[]): number {
  let worst = 0;
  for (const x of channels) {
    let s = 0;
    for (const v of x) s += v;
    worst = Math.max(worst, Math.abs(s / Math.max(1, x.length)));
  }
  return worst;
}

/** RMS in dBFS of the last `seconds` of the file (a one-shot should have decayed by then). */
export function tailLevel(channels: readonly Float32Array[], fs: number, seconds = 0.005): number {
  const k = Math.round(seconds * fs);
  let e = 0,
    count = 0;
  for (const x of channels)
    for (let i = Math.max(0, x.length - k); i < x.length; i++) {
      const v = x[i] ?? 0;
      e += v * v;
      count++;
    }
  return count && e > 0 ? 10 * Math.log10(e / count) : -Infinity;
}

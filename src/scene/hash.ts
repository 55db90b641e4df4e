// A seeded integer hash to [0, 1]: the one source of "randomness" for pure, clock-driven motion
// (flicker, idle glances), so the same seed and time always give the same frame.
export function hash01(n: number, seed: number): number {
  let h = Math.imul(n ^ Math.imul(seed, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 0xffffffff;
}

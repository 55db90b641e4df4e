// The one seeded random generator the scripts and tests share (the audio bake, the browser
// tests' input storm), so a bake or a failing storm can be reproduced from its seed.

/**
 * mulberry32: a small, fast seeded PRNG; returns a function giving floats in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

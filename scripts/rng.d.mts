/** mulberry32: a small, fast seeded PRNG; returns a function giving floats in [0, 1). */
export function mulberry32(seed: number): () => number;

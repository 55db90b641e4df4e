// The shared seeded generator: the audio bake and the browser tests' input storm both replay
// from a seed, so its sequence must never drift (a drift would silently change every baked cue).
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../scripts/rng.mjs';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed, and the sequence the audio bake was made with', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    // What scripts/audio/dsp.mjs's own copy gave for seed 42 before it re-exported this one.
    expect(first.slice(0, 2)).toEqual([0.6011037519201636, 0.44829055899754167]);
  });

  it('stays in [0, 1) and differs between seeds', () => {
    const r = mulberry32(0xc0ffee);
    for (let i = 0; i < 10_000; i++) {
      const v = r();
      expect(v >= 0 && v < 1).toBe(true);
    }
    expect(mulberry32(1)()).not.toBe(mulberry32(2)());
  });
});

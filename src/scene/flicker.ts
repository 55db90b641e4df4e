// Seeded flicker for lights: a pure function of (profile, seed, time), so tests can step it
// and check it never flashes faster than photosensitivity limits allow.
import { hash01 } from './hash';
import type { FlickerProfile } from '../level/schema';

interface Shape {
  /** Slow sway: how far (as a fraction of intensity) and how often (Hz). */
  readonly swayDepth: number;
  readonly swayHz: number;
  /** Fast shimmer: kept small so it never adds a 10 % swing on its own. */
  readonly shimmerDepth: number;
  readonly shimmerHz: number;
}

// Sway is the only part big enough to make a 10 % luminance swing; at ≤ 1.2 Hz it can make
// at most ~2.4 such swings a second, under the 3 flashes a second limit (WCAG 2.3.1).
const SHAPES: Readonly<Record<FlickerProfile, Shape>> = {
  candle: { swayDepth: 0.13, swayHz: 1.1, shimmerDepth: 0.035, shimmerHz: 7 },
  lighter: { swayDepth: 0.1, swayHz: 1.2, shimmerDepth: 0.04, shimmerHz: 9 },
  ember: { swayDepth: 0.16, swayHz: 0.35, shimmerDepth: 0.02, shimmerHz: 3 },
  steady: { swayDepth: 0, swayHz: 0, shimmerDepth: 0, shimmerHz: 0 },
};

/** Smooth value noise in [-1, 1] with about `hz` features a second. */
export function smoothNoise(seconds: number, hz: number, seed: number): number {
  const x = seconds * hz;
  const i = Math.floor(x);
  const f = x - i;
  const s = f * f * (3 - 2 * f);
  const a = hash01(i, seed);
  const b = hash01(i + 1, seed);
  return (a + (b - a) * s) * 2 - 1;
}

/** Intensity multiplier (around 1) of a light at a time; reduced flicker holds it steady. */
export function flickerAt(profile: FlickerProfile, seed: number, ms: number, reduced: boolean): number {
  const shape = SHAPES[profile];
  if (reduced || shape.swayHz === 0) return 1;
  const t = ms / 1000;
  const sway = smoothNoise(t, shape.swayHz, seed) * shape.swayDepth;
  const shimmer = smoothNoise(t, shape.shimmerHz, seed + 7919) * shape.shimmerDepth;
  return 1 + sway + shimmer;
}

/** A stable seed for a light id, so each candle flickers on its own. */
export function seedOf(id: string, base: number): number {
  let h = base | 0;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}

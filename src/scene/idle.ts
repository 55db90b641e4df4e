// The figures' idle life, as pure functions of the game clock: a slow weight shift (a tilt of a
// fraction of a degree about the feet or the seat) and, while she waits alone, an occasional
// glance towards the stairs. Seeded and clock-driven, so a test run repeats exactly.
import { hash01 } from './hash';

/** How often a glance may come, how long it holds, and how many windows pass without one. */
export const GLANCE = { windowMs: 11_000, holdMs: 2_400, chance: 0.6 } as const;

/** The largest weight shift, in radians (≈ 0.4°): felt more than seen. */
export const SWAY_MAX = 0.007;

/**
 * Whether she is glancing away at `timeMs`. Time is cut into windows; in a seeded share of
 * them one glance of `holdMs` starts at a seeded moment, never in a window's first or last
 * second, so two glances never run together.
 */
export function glancing(timeMs: number, seed: number): boolean {
  if (!(timeMs >= 0)) return false;
  const { windowMs, holdMs, chance } = GLANCE;
  const index = Math.floor(timeMs / windowMs);
  if (hash01(index, seed) >= chance) return false;
  const start = 1000 + hash01(index + 7919, seed) * (windowMs - holdMs - 2000);
  const at = timeMs - index * windowMs;
  return at >= start && at < start + holdMs;
}

/** A figure's weight shift at `timeMs`: two slow, incommensurate swells, each its own phase. */
export function swayAt(timeMs: number, phase: number): number {
  const t = timeMs / 1000;
  const s = 0.65 * Math.sin(t * 0.83 + phase) + 0.35 * Math.sin(t * 0.31 + phase * 2.3);
  return SWAY_MAX * s;
}

// Photosensitivity: candlelight may sway, never flash. A "flash" is a pair of opposing
// luminance changes of 10 % or more (WCAG 2.3.1 / XAG 118); no more than 3 a second.
import { describe, expect, it } from 'vitest';
import { flickerAt, seedOf, smoothNoise } from '../../src/scene/flicker';
import { FLICKER_PROFILES, type FlickerProfile } from '../../src/level/schema';

const FRAME_MS = 1000 / 60;

/** Times (ms) of each swing of ≥ 10 % between a local low and high, at 60 frames a second. */
function swings(profile: FlickerProfile, seed: number, seconds: number, reduced = false): number[] {
  return swingsOf((ms) => flickerAt(profile, seed, ms, reduced), seconds);
}

/** A zigzag over the curve: each reversal of 10 % or more from the last extreme is a swing. */
function swingsOf(curve: (ms: number) => number, seconds: number): number[] {
  const times: number[] = [];
  let extreme = curve(0);
  let direction = 0;
  const swing = (a: number, b: number): boolean => Math.abs(a - b) / Math.max(a, b) >= 0.1;
  for (let ms = 0; ms <= seconds * 1000; ms += FRAME_MS) {
    const v = curve(ms);
    const extends_ = (direction > 0 && v > extreme) || (direction < 0 && v < extreme);
    if (extends_) {
      extreme = v;
    } else if (swing(v, extreme)) {
      direction = v > extreme ? 1 : -1;
      extreme = v;
      times.push(ms);
    }
  }
  return times;
}

function mostFlashesInAnySecond(times: number[]): number {
  let most = 0;
  for (const start of times) {
    const inWindow = times.filter((t) => t >= start && t < start + 1000).length;
    most = Math.max(most, inWindow / 2);
  }
  return most;
}

describe('candle flicker', () => {
  it('is the same for the same seed and time, so tests can fix it', () => {
    expect(flickerAt('candle', 42, 1234.5, false)).toBe(flickerAt('candle', 42, 1234.5, false));
  });

  it('differs between two candles, so they do not pulse in step', () => {
    const a = flickerAt('candle', seedOf('candle_a', 1), 800, false);
    const b = flickerAt('candle', seedOf('candle_b', 1), 800, false);
    expect(a).not.toBe(b);
  });

  it('stays close to the light’s own intensity', () => {
    for (const profile of FLICKER_PROFILES) {
      for (let ms = 0; ms < 20_000; ms += 37) {
        const v = flickerAt(profile, 7, ms, false);
        expect(v).toBeGreaterThan(0.75);
        expect(v).toBeLessThan(1.25);
      }
    }
  });

  it('is alive: it moves within a quarter of a second', () => {
    expect(flickerAt('candle', 3, 1000, false)).not.toBe(flickerAt('candle', 3, 1250, false));
  });

  it('has a flash counter that does catch a strobe (5 Hz, ±15 %)', () => {
    const strobe = (ms: number): number => 1 + 0.15 * Math.sign(Math.sin((ms / 1000) * 2 * Math.PI * 5));
    expect(mostFlashesInAnySecond(swingsOf(strobe, 5))).toBeGreaterThan(3);
  });

  it.each(FLICKER_PROFILES)('never makes more than 3 flashes a second (%s, many seeds, two minutes each)', (profile) => {
    for (let seed = 1; seed <= 24; seed++) {
      expect(mostFlashesInAnySecond(swings(profile, seed * 7919, 120))).toBeLessThanOrEqual(3);
    }
  });

  it('holds perfectly steady with reduced flicker', () => {
    for (const profile of FLICKER_PROFILES) {
      for (let ms = 0; ms < 5000; ms += 50) expect(flickerAt(profile, 11, ms, true)).toBe(1);
    }
  });

  it('draws its noise from a bounded, smooth curve', () => {
    for (let t = 0; t < 10; t += 0.013) {
      const v = smoothNoise(t, 2, 5);
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThanOrEqual(1);
      expect(Math.abs(smoothNoise(t + 0.001, 2, 5) - v)).toBeLessThan(0.01);
    }
  });
});

// The crypt's drips: a pure, seeded schedule placed at run time (never a repeating loop).
import { describe, expect, it } from 'vitest';
import { DRIP_DEFAULTS, DripSchedule, leaksFor } from '../../src/audio/drips';

const SPRITES = ['drip_a', 'drip_b', 'drip_c', 'drip_d'];
const take = (s: DripSchedule, n: number) => Array.from({ length: n }, () => s.next());

describe('The drip schedule', () => {
  it('gives the same drips for the same seed, and others for another seed', () => {
    const leaks = leaksFor(SPRITES, 3);
    expect(take(new DripSchedule(leaks, 3, 0), 20)).toEqual(take(new DripSchedule(leaks, 3, 0), 20));
    expect(take(new DripSchedule(leaks, 4, 0), 20)).not.toEqual(take(new DripSchedule(leaks, 3, 0), 20));
  });

  it('lets every gap fall between its shortest and longest, at uneven times', () => {
    const drips = take(new DripSchedule(leaksFor(SPRITES, 1), 1, 5000), 400);
    const gaps = drips.map((d, i) => d.at - (i === 0 ? 5000 : (drips[i - 1]?.at ?? 0)));
    for (const g of gaps) {
      expect(g).toBeGreaterThanOrEqual(DRIP_DEFAULTS.gapMs[0]);
      expect(g).toBeLessThanOrEqual(DRIP_DEFAULTS.gapMs[1]);
    }
    // No rhythm: gaps spread over most of their range and rarely repeat.
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(0.7 * (DRIP_DEFAULTS.gapMs[1] - DRIP_DEFAULTS.gapMs[0]));
    expect(new Set(gaps.map((g) => Math.round(g / 50))).size).toBeGreaterThan(60);
  });

  it('never repeats a stretch the way a baked 72-second loop did', () => {
    const drips = take(new DripSchedule(leaksFor(SPRITES, 9), 9, 0), 200);
    const pattern = (from: number) =>
      drips
        .slice(from, from + 4)
        .map((d) => `${d.sprite}@${Math.round((d.at - (drips[from]?.at ?? 0)) / 10)}`)
        .join();
    const seen = new Set<string>();
    for (let i = 0; i + 4 < drips.length; i++) seen.add(pattern(i));
    expect(seen.size).toBe(drips.length - 4);
  });

  it('drips from every leak, each at its own place across the room, never hard left or right', () => {
    const leaks = leaksFor(SPRITES, 2);
    const drips = take(new DripSchedule(leaks, 2, 0), 300);
    expect(new Set(drips.map((d) => d.sprite))).toEqual(new Set(SPRITES));
    const pans = leaks.map((l) => l.pan);
    expect(Math.min(...pans)).toBeLessThan(-0.4);
    expect(Math.max(...pans)).toBeGreaterThan(0.4);
    for (const p of pans) expect(Math.abs(p)).toBeLessThanOrEqual(0.85);
    for (const d of drips) expect(pans).toContain(d.pan);
  });

  it('varies each drip’s level within its spread, never above full', () => {
    const drips = take(new DripSchedule(leaksFor(SPRITES, 5), 5, 0), 200);
    const floor = Math.pow(10, -DRIP_DEFAULTS.spreadDb / 20);
    for (const d of drips) {
      expect(d.gain).toBeLessThanOrEqual(1);
      expect(d.gain).toBeGreaterThanOrEqual(floor);
    }
  });

  it('needs at least one leak', () => {
    expect(() => new DripSchedule([], 1, 0)).toThrow(/at least one leak/);
  });
});

import { describe, expect, it } from 'vitest';
import { GLANCE, SWAY_MAX, glancing, swayAt } from '../../src/scene/idle';

/** The glances between 0 and `untilMs`, sampled every 50 ms, as [start, end] pairs. */
function glancesOf(seed: number, untilMs: number): [number, number][] {
  const out: [number, number][] = [];
  let start: number | null = null;
  for (let t = 0; t <= untilMs; t += 50) {
    const on = glancing(t, seed);
    if (on && start === null) start = t;
    if (!on && start !== null) {
      out.push([start, t]);
      start = null;
    }
  }
  return out;
}

describe('the idle glance', () => {
  it('comes now and then: a few times in two minutes, never in a run', () => {
    const glances = glancesOf(42, 120_000);
    expect(glances.length).toBeGreaterThanOrEqual(4);
    expect(glances.length).toBeLessThanOrEqual(11);
    for (const [start, end] of glances) expect(end - start).toBeLessThanOrEqual(GLANCE.holdMs + 50);
    for (let i = 1; i < glances.length; i++) {
      const gap = (glances[i]?.[0] ?? 0) - (glances[i - 1]?.[1] ?? 0);
      expect(gap).toBeGreaterThanOrEqual(2000);
    }
  });

  it('is a pure function of the clock and the seed', () => {
    expect(glancesOf(7, 60_000)).toEqual(glancesOf(7, 60_000));
    expect(glancesOf(7, 120_000)).not.toEqual(glancesOf(8, 120_000));
  });

  it('never glances before the clock starts', () => {
    expect(glancing(-1, 1)).toBe(false);
    expect(glancing(Number.NaN, 1)).toBe(false);
  });
});

describe('the weight shift', () => {
  it('stays within a fraction of a degree and moves slowly', () => {
    let prev = swayAt(0, 1.7);
    for (let t = 0; t <= 60_000; t += 100) {
      const s = swayAt(t, 1.7);
      expect(Math.abs(s)).toBeLessThanOrEqual(SWAY_MAX);
      // At most a tenth of the range in a tenth of a second: a drift, never a twitch.
      expect(Math.abs(s - prev)).toBeLessThan(SWAY_MAX * 0.1);
      prev = s;
    }
  });
});

import { describe, expect, it } from 'vitest';
import { filmAlpha, grainOffset, vignetteAt } from '../../src/game/film/vignette';

describe('the vignette', () => {
  it('leaves the centre of the frame untouched', () => {
    expect(vignetteAt(0.5, 0.5, 0.85, 0.55)).toBe(0);
  });

  it('darkens steadily from the centre out to its radius', () => {
    const along = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6].map((d) => vignetteAt(0.5 + d, 0.5, 0.85, 0.55));
    for (let i = 1; i < along.length; i++) expect(along[i]).toBeGreaterThan(along[i - 1] ?? 0);
  });

  it('is black beyond its radius and never outside 0..1', () => {
    expect(vignetteAt(0, 0, 0.5, 0.55)).toBe(1);
    for (let u = 0; u <= 1; u += 0.05)
      for (let v = 0; v <= 1; v += 0.05) {
        const a = vignetteAt(u, v, 0.85, 0.9);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(1);
      }
  });

  it('is the same curve as Phaser’s vignette filter: a sine ramp', () => {
    expect(vignetteAt(0.5 + 0.425, 0.5, 0.85, 0.55)).toBeCloseTo(Math.sin(0.5 * Math.PI * 0.55), 6);
  });
});

describe('the film over the frame', () => {
  it('is clear where there is neither vignette nor grain, and black where the vignette is', () => {
    expect(filmAlpha(0, 0)).toBe(0);
    expect(filmAlpha(1, 0.05)).toBe(1);
  });

  it('lays a grain speck over the vignette without ever lightening it', () => {
    expect(filmAlpha(0, 0.07)).toBeCloseTo(0.07, 6);
    expect(filmAlpha(0.5, 0.07)).toBeGreaterThan(0.5);
  });

  it('jumps the grain within its margin, the same way on every run', () => {
    const jumps = Array.from({ length: 200 }, (_, frame) => grainOffset(frame, 24));
    for (const j of jumps) {
      expect(Math.abs(j.x)).toBeLessThanOrEqual(24);
      expect(Math.abs(j.y)).toBeLessThanOrEqual(24);
    }
    expect(new Set(jumps.map((j) => `${j.x},${j.y}`)).size).toBeGreaterThan(20);
    expect(grainOffset(37, 24)).toEqual(grainOffset(37, 24));
  });
});

import { describe, expect, it } from 'vitest';
import { vignetteAt } from '../../src/scene/vignette';

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
    for (let u = 0; u <= 1; u += 0.05) for (let v = 0; v <= 1; v += 0.05) {
      const a = vignetteAt(u, v, 0.85, 0.9);
      expect(a).toBeGreaterThanOrEqual(0);
      expect(a).toBeLessThanOrEqual(1);
    }
  });

  it('is the same curve as Phaser’s vignette filter: a sine ramp', () => {
    expect(vignetteAt(0.5 + 0.425, 0.5, 0.85, 0.55)).toBeCloseTo(Math.sin(0.5 * Math.PI * 0.55), 6);
  });
});

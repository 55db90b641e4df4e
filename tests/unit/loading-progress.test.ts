import { describe, expect, it } from 'vitest';
import { loadingFraction } from '../../src/ui/loadingProgress';

describe('the loading bar', () => {
  it('fills with the download, most of the way', () => {
    expect(loadingFraction({ downloaded: 0, uploaded: false, built: false })).toBe(0);
    expect(loadingFraction({ downloaded: 0.5, uploaded: false, built: false })).toBeCloseTo(0.4);
    expect(loadingFraction({ downloaded: 1, uploaded: false, built: false })).toBeCloseTo(0.8);
  });

  it('steps on when Phaser has the textures and ends when the room is built', () => {
    expect(loadingFraction({ downloaded: 1, uploaded: true, built: false })).toBeCloseTo(0.9);
    expect(loadingFraction({ downloaded: 1, uploaded: true, built: true })).toBe(1);
  });

  it('only ever moves forward through the phases', () => {
    const phases = [
      { downloaded: 0.2, uploaded: false, built: false },
      { downloaded: 0.9, uploaded: false, built: false },
      { downloaded: 1, uploaded: true, built: false },
      { downloaded: 1, uploaded: true, built: true },
    ].map(loadingFraction);
    expect(phases).toEqual([...phases].sort((a, b) => a - b));
  });
});

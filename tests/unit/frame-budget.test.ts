import { describe, expect, it } from 'vitest';
import { SAMPLE_FRAMES, WARM_UP_FRAMES, decideLightMode } from '../../src/game/render/frameBudget';

const frames = (warmUp: number, then: number, count = WARM_UP_FRAMES + SAMPLE_FRAMES): number[] =>
  Array.from({ length: count }, (_, i) => (i < WARM_UP_FRAMES ? warmUp : then));

describe('the automatic light mode', () => {
  it('waits until the warm-up and a full sample of frames are in', () => {
    expect(decideLightMode('auto', frames(400, 16, WARM_UP_FRAMES + SAMPLE_FRAMES - 1))).toBeNull();
  });

  it('stays off on a device that draws the crypt smoothly, however slow its first frames', () => {
    expect(decideLightMode('auto', frames(900, 16))).toBe(false);
    expect(decideLightMode('auto', frames(900, 45))).toBe(false);
  });

  it('comes on when the frames after the warm-up run slower than 20 a second', () => {
    expect(decideLightMode('auto', frames(16, 120))).toBe(true);
  });

  it('is not swayed by a few stalls among smooth frames', () => {
    const intervals = frames(16, 16);
    intervals[WARM_UP_FRAMES] = 400;
    intervals[WARM_UP_FRAMES + 3] = 300;
    expect(decideLightMode('auto', intervals)).toBe(false);
  });

  it("follows the player's own choice at once, without watching", () => {
    expect(decideLightMode('on', [])).toBe(true);
    expect(decideLightMode('off', frames(16, 500))).toBe(false);
  });
});

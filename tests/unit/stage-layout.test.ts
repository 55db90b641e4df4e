import { describe, expect, it } from 'vitest';
import { isPortrait, PORTRAIT_PICTURE_SHARE, stageLayout } from '../../src/ui/stageLayout';

const SCENE = { width: 1280, height: 720 };

describe('the stage layout', () => {
  it('letterboxes the whole scene on a desk exactly as before: 1280×720 fills 1280×720', () => {
    const layout = stageLayout({ width: 1280, height: 720 }, SCENE);
    expect(layout.orientation).toBe('landscape');
    expect(layout.picture).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
    expect(layout.overlay).toEqual(layout.picture);
    expect(layout.scale).toBe(1);
  });

  it('centres the letterbox of a phone held sideways, the words over the picture', () => {
    const layout = stageLayout({ width: 844, height: 390 }, SCENE);
    expect(layout.orientation).toBe('landscape');
    expect(layout.picture.height).toBe(390);
    expect(layout.picture.width).toBeCloseTo(693.3, 1);
    expect(layout.picture.x).toBeCloseTo((844 - 693.3) / 2, 1);
    expect(layout.overlay).toEqual(layout.picture);
  });

  it('held upright gives the picture the top half of the screen, cropped to its middle, and the overlay the whole screen', () => {
    const layout = stageLayout({ width: 390, height: 844 }, SCENE);
    expect(layout.orientation).toBe('portrait');
    expect(layout.pictureShown).toBe(844 * PORTRAIT_PICTURE_SHARE);
    expect(layout.pictureShown / 844).toBeGreaterThanOrEqual(0.4);
    expect(layout.picture.y).toBe(0);
    expect(layout.picture.width).toBeGreaterThan(390);
    // The crop is the picture's middle: as much hidden on the left as on the right.
    expect(layout.picture.x).toBeCloseTo(-(layout.picture.width - 390) / 2, 6);
    expect(layout.overlay).toEqual({ x: 0, y: 0, width: 390, height: 844 });
  });

  it('never shows an upright picture narrower than the screen (a squarish tablet shows its whole width)', () => {
    const layout = stageLayout({ width: 900, height: 1000 }, SCENE);
    expect(layout.picture.width).toBeGreaterThanOrEqual(900);
    expect(layout.pictureShown).toBeCloseTo(Math.max(500, (900 * 720) / 1280), 6);
  });

  it('calls a square screen upright, as CSS does', () => {
    expect(isPortrait({ width: 500, height: 500 })).toBe(true);
    expect(isPortrait({ width: 501, height: 500 })).toBe(false);
  });
});

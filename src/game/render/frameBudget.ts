// When the first frames behind the title run slow, the light mode comes on by itself: a device
// that cannot draw the crypt at 20 frames a second is spared the bloom, the dust and the film
// (which cost it most) before they are ever set up. Pure arithmetic, tested in Node.
import type { LightMode } from '../../save/settings';

/** Frames skipped first: shaders compile and textures upload on them, on any device. */
export const WARM_UP_FRAMES = 4;
/** Frames whose intervals are weighed after the warm-up. */
export const SAMPLE_FRAMES = 12;
/** Slower than this at the median (ms between frames, 20 fps) is a device the full effects strain. */
export const SLOW_FRAME_MS = 50;

/** The decision once enough frames are in, or null while still watching. */
export function decideLightMode(preference: LightMode, intervals: readonly number[]): boolean | null {
  if (preference === 'on') return true;
  if (preference === 'off') return false;
  const sample = intervals.slice(WARM_UP_FRAMES, WARM_UP_FRAMES + SAMPLE_FRAMES);
  if (sample.length < SAMPLE_FRAMES) return null;
  const sorted = [...sample].sort((a, b) => a - b);
  const median = ((sorted[(SAMPLE_FRAMES >> 1) - 1] ?? 0) + (sorted[SAMPLE_FRAMES >> 1] ?? 0)) / 2;
  return median > SLOW_FRAME_MS;
}

// The brightness setting as a tone curve: a lift of the shadows for a phone in daylight, where
// the crypt (mean luminance about 0.04 of full scale) is a black rectangle. The curve is a
// power below one, sampled into a table the browser interpolates linearly (an SVG
// feComponentTransfer, the same table on each channel). Pure black stays black (0 → 0) and
// full light stays as it is (1 → 1), so the candle flames do not bleach; and the first segment
// of the table is a straight line, so the darkest tones are only scaled — they keep their hue,
// and the warm shadows round a candle stay warm. Level 0 is the identity: the picture as made.

/** Samples in the table: the first segment (0 to 1/16) is the linear toe. */
export const CURVE_SAMPLES = 17;
/** The power at the full lift: 0.04 becomes about 0.16. */
const STRONGEST = 0.5;

/** The curve's power for a level from 0 (as made) to 1 (the strongest lift). */
export function curvePower(level: number): number {
  const clamped = Math.min(1, Math.max(0, level));
  return 1 - (1 - STRONGEST) * clamped;
}

/** The table for a level: CURVE_SAMPLES values from 0 to 1, evenly spaced inputs. */
export function brightnessTable(level: number): number[] {
  const power = curvePower(level);
  return Array.from({ length: CURVE_SAMPLES }, (_, i) => Math.pow(i / (CURVE_SAMPLES - 1), power));
}

/** What the browser makes of a value through the table (linear between samples). */
export function lifted(level: number, value: number, table = brightnessTable(level)): number {
  const x = Math.min(1, Math.max(0, value)) * (table.length - 1);
  const i = Math.min(table.length - 2, Math.floor(x));
  const a = table[i] ?? 0;
  const b = table[i + 1] ?? 1;
  return a + (b - a) * (x - i);
}

/** A screen whose short side is at most this many CSS px, under a finger, is a phone's. */
export const SMALL_SCREEN_PX = 600;
/** Where the slider starts on a phone the first time: a moderate lift (0.04 → about 0.08). */
export const PHONE_START_LEVEL = 0.5;

/**
 * Whether to show the brightness picture now: once, the first time the game starts on a small
 * touch screen. A desktop (or any screen with a mouse) is never asked and stays as dark as made.
 */
export function asksForBrightness(o: { readonly asked: boolean; readonly shortSide: number; readonly coarse: boolean }): boolean {
  return !o.asked && o.coarse && o.shortSide <= SMALL_SCREEN_PX;
}

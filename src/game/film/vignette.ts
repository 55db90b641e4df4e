// The darkening towards the frame's edges, as a pure function of the point in the frame, so the
// overlay texture is drawn from it once instead of a filter pass over the whole screen each frame.

/**
 * How dark (0 none … 1 black) the vignette is at (u, v), both 0..1 across the frame: a sine
 * ramp from the centre out to `radius` (in frame units, so it follows the frame's aspect), black
 * beyond. The same curve as Phaser's vignette filter.
 */
export function vignetteAt(u: number, v: number, radius: number, strength: number): number {
  const d = Math.hypot(u - 0.5, v - 0.5);
  if (d > radius) return 1;
  return Math.max(0, Math.min(1, Math.sin((d / radius) * Math.PI * strength)));
}

/**
 * The film over the frame in one layer: the vignette's darkness with the grain's speck (0..1,
 * already scaled to how strong the grain is) laid over it, as the alpha of a black overlay.
 */
export function filmAlpha(vignette: number, grain: number): number {
  return 1 - (1 - vignette) * (1 - grain);
}

/** Where the grain sits on frame `frame`: a fixed jump each frame, so a seeded run repeats. */
export function grainOffset(frame: number, margin: number): { x: number; y: number } {
  return { x: ((frame * 97) % (2 * margin)) - margin, y: ((frame * 57) % (2 * margin)) - margin };
}

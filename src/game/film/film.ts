// The film over the frame: its size, the grain's strength and the vignette's shape. Shared by
// the bake (build/film.ts) and the overlay that shows it (src/game/filmOverlay.ts).
export const FILM = {
  /** The frame it covers, in screen pixels. */
  width: 1280,
  height: 720,
  /** Extra on every side, so the grain can jump without uncovering an edge. */
  margin: 24,
  /** Screen pixels to a texel: specks of two pixels read as grain, at a quarter the size. */
  texel: 2,
  /** How dark a grain speck can be. Faint: it is felt more than seen. */
  grain: 0.07,
  vignetteRadius: 0.85,
  vignetteStrength: 0.55,
} as const;

// A figure as one thing: where it stands, its tilt and its fade, which the staging moves (her
// lean, his dissolve) under the parts' own motion. The figure rig (figureRig.ts) draws the parts
// about it.

/** What the staging moves: the whole figure (her lean, his dissolve), under the parts' own motion. */
export class FigureRoot {
  x = 0;
  y = 0;
  /** Radians about the mark. */
  tilt = 0;
  alpha = 1;
  visible = false;
  /** Coming apart (the dissolve): drawn on, at `alpha`, though the story has already hidden it. */
  leaving = false;
  constructor(readonly depth: number) {}
  setPosition(x: number, y: number): this {
    this.x = x;
    this.y = y;
    return this;
  }
}

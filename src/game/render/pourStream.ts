// The bourbon running from the bottle's neck into the glass while she pours: a thin amber stream
// of a few short lit strokes along the path src/scene/pour.ts gives, from the tip of the held
// prop's image (the way its neck points) to just inside the other prop's mouth, drawn under that
// prop so its near side covers what runs in. It thickens as the pour starts and thins as it ends.
import Phaser from 'phaser';
import { streamPath } from '../../scene/pour';
import type { ActionPour } from '../../scene/figures';

/** Bourbon in candlelight, its strokes' thickness (px) at the neck and at the glass, and how many strokes. */
const STREAM = { tint: 0xb0621e, alpha: 0.88, neck: 2.2, glass: 1.3, strokes: 8 } as const;
/** Where in the receiving prop's height it falls to, from its bottom: just inside the rim. */
const INTO_AT = 0.82;

export class PourStream {
  private readonly strokes: Phaser.GameObjects.Image[];

  constructor(
    scene: Phaser.Scene,
    private readonly propImage: (id: string) => Phaser.GameObjects.Image | null,
  ) {
    this.strokes = Array.from({ length: STREAM.strokes }, () =>
      scene.add.image(0, 0, '__WHITE').setOrigin(0, 0.5).setTint(STREAM.tint).setLighting(true).setVisible(false),
    );
  }

  /** Draws the pour at `flow` (0 … 1) and the pouring figure's `alpha`; nothing with no pour. */
  show(pour: ActionPour | null, flow: number, alpha: number): void {
    const from = pour ? this.propImage(pour.from) : null;
    const into = pour ? this.propImage(pour.into) : null;
    if (!from || !into || flow <= 0 || alpha <= 0) {
      for (const stroke of this.strokes) stroke.setVisible(false);
      return;
    }
    // Both images stand on their bottom centre (origin 0.5, 1); the neck is the far end of the held one.
    const direction = { x: Math.sin(from.rotation), y: -Math.cos(from.rotation) };
    const neck = { x: from.x + direction.x * from.displayHeight, y: from.y + direction.y * from.displayHeight };
    const mouth = { x: into.x, y: into.y - into.displayHeight * INTO_AT };
    const path = streamPath(neck, direction, mouth, this.strokes.length);
    this.strokes.forEach((stroke, i) => {
      const a = path[i];
      const b = path[i + 1];
      if (!a || !b) return;
      const thick = (STREAM.neck + (STREAM.glass - STREAM.neck) * (i / this.strokes.length)) * (0.35 + 0.65 * flow);
      stroke
        .setVisible(true)
        .setPosition(a.x, a.y)
        .setRotation(Math.atan2(b.y - a.y, b.x - a.x))
        .setDisplaySize(Math.hypot(b.x - a.x, b.y - a.y) + 0.6, thick)
        .setDepth(into.depth - 0.001)
        .setAlpha(STREAM.alpha * alpha * Math.min(1, flow * 1.5));
    });
  }
}

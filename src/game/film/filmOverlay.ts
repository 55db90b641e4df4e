// The vignette and the film grain as one black overlay whose alpha carries both (baked by
// build/film.ts). Each was a pass over the whole frame (the vignette a camera filter, the grain
// a tiled sprite); as one image they cost a single blended quad. The grain moves by jumping the
// overlay a few pixels each frame — the vignette is smooth, so that jump never shows in it.
// Light mode (lightMode.ts) goes without it: a full-frame blended quad is a cheap GPU's heaviest.
import Phaser from 'phaser';
import { FILM } from './film';
import { grainOffset } from './vignette';
import { cameraView } from '../render/cameraView';
import { lightMode } from '../render/lightMode';

const FILM_KEY = 'film';

export class FilmOverlay {
  private readonly image: Phaser.GameObjects.Image | null;

  constructor(private readonly scene: Phaser.Scene) {
    this.image = scene.textures.exists(FILM_KEY) ? scene.add.image(0, 0, FILM_KEY).setDepth(1000) : null;
    const image = this.image;
    if (image)
      image.once(
        Phaser.GameObjects.Events.DESTROY,
        lightMode.follow((light) => image.setVisible(!light)),
      );
  }

  /** Lays the overlay over the view this frame draws (cameraView.ts); `frame` moves the grain (null holds it still). */
  update(frame: number | null): void {
    if (!this.image?.visible) return;
    const view = cameraView(this.scene.cameras.main);
    const pixel = view.width / FILM.width;
    const jump = frame === null ? { x: 0, y: 0 } : grainOffset(frame, FILM.margin);
    // Whole texels only, so the grain jumps without smearing.
    const x = jump.x - (jump.x % FILM.texel);
    const y = jump.y - (jump.y % FILM.texel);
    this.image
      .setPosition(view.x + view.width / 2 + x * pixel, view.y + view.height / 2 + y * pixel)
      .setDisplaySize((FILM.width + 2 * FILM.margin) * pixel, (FILM.height + 2 * FILM.margin) * pixel);
  }
}

// A figure's parts on screen: one lit image per part, placed each frame where the keyframe player
// (src/scene/keyframes.ts) puts the part, turned with the figure's tilt, its texture set only when
// it changes.
import Phaser from 'phaser';
import type { FigureDef, FiguresDef } from '../../scene/figures';
import type { Placed } from '../../scene/keyframes';
import type { Point } from '../../level/schema';
import { textureFrame } from '../loading/textures';
import type { FigureRoot } from './figureRoot';

export class FigureParts {
  /** The texture each part image shows now, so a frame that changes nothing sets nothing. */
  private readonly shown = new WeakMap<Phaser.GameObjects.Image, string>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly content: FiguresDef,
    private readonly textureScales: Readonly<Record<string, number>>,
  ) {}

  /** One lit image for each of the figure's parts, hidden until a frame places it. */
  images(figure: FigureDef): Map<string, Phaser.GameObjects.Image> {
    const images = new Map<string, Phaser.GameObjects.Image>();
    for (const part of figure.parts) {
      const image = this.scene.add.image(0, 0, '__DEFAULT').setLighting(true).setVisible(false);
      images.set(part.id, image);
    }
    return images;
  }

  /** Puts each part's image where the part is placed, at the figure's `alpha` times its own. */
  place(
    def: FigureDef,
    root: FigureRoot,
    images: ReadonlyMap<string, Phaser.GameObjects.Image>,
    placed: Readonly<Record<string, Placed>>,
    alpha: number,
    toScene: (x: number, y: number) => Point,
  ): void {
    for (const part of def.parts) {
      const image = images.get(part.id);
      const p = placed[part.id];
      if (!image || !p) continue;
      const a = alpha * p.alpha;
      if (a <= 0.001) {
        image.setVisible(false);
        continue;
      }
      const texture = part.textures[p.tex] ?? Object.values(part.textures)[0] ?? '';
      this.setTexture(image, texture);
      const at = toScene(p.x, p.y);
      image
        .setPosition(at.x, at.y)
        .setRotation(p.rotation + root.tilt)
        .setAlpha(a)
        .setDepth(root.depth + part.depth * 0.01)
        .setVisible(true);
    }
  }

  private setTexture(image: Phaser.GameObjects.Image, texture: string): void {
    if (this.shown.get(image) === texture) return;
    const frame = textureFrame(this.scene.textures, texture);
    if (!frame) return;
    image.setTexture(...frame).setScale(this.textureScales[texture] ?? 1);
    const box = this.content.boxes[texture];
    if (box) {
      const [l, t, r, b] = box;
      image.setOrigin(-l / (r - l), -t / (b - t));
    }
    this.shown.set(image, texture);
  }
}

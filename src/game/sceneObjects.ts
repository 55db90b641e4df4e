// Props and actors: one image each, whose texture follows its state or pose. Changes
// cross-fade over the command's duration; everything lit gets its normal map.
import Phaser from 'phaser';
import type { ActorDef, PropDef, SceneDef } from '../scene/schema';

export class SceneObjects {
  private readonly props = new Map<string, { def: PropDef; image: Phaser.GameObjects.Image }>();
  private readonly actors = new Map<string, { def: ActorDef; image: Phaser.GameObjects.Image }>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly def: SceneDef,
    private readonly textureScales: Readonly<Record<string, number>>,
  ) {
    for (const prop of def.props) {
      const image = scene.add.image(prop.x, prop.y, '__DEFAULT').setOrigin(0.5, 1).setDepth(prop.depth);
      if (prop.lit) image.setLighting(true);
      this.props.set(prop.id, { def: prop, image });
      this.showProp(prop.id, prop.initial, 0);
    }
    for (const actor of def.actors) {
      const image = scene.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 1).setDepth(actor.depth).setLighting(true);
      this.actors.set(actor.id, { def: actor, image });
      this.showPose(actor.id, actor.initial, 0);
    }
  }

  showProp(id: string, state: string, ms: number): void {
    const entry = this.props.get(id);
    if (!entry) return;
    this.swapTexture(entry.image, entry.def.states[state] ?? null, ms);
  }

  showPose(id: string, pose: string, ms: number): void {
    const entry = this.actors.get(id);
    const def = entry?.def.poses[pose];
    if (!entry || !def) return;
    const mark = this.def.marks[def.mark];
    const wasVisible = entry.image.visible;
    // The texture first: swapping kills the image's tweens, and the walk below is one of them.
    this.swapTexture(entry.image, def.texture, ms);
    const moving = mark !== undefined && (entry.image.x !== mark.x || entry.image.y !== mark.y);
    if (mark && moving && ms > 0 && wasVisible) {
      this.scene.tweens.add({ targets: entry.image, x: mark.x, y: mark.y, duration: ms, ease: 'Sine.easeInOut' });
    } else if (mark) {
      entry.image.setPosition(mark.x, mark.y);
    }
  }

  /**
   * A slow breath for each visible figure: the chest rises a few pixels (bottom-anchored
   * scale), each on its own rhythm. Reduced motion holds them still.
   */
  breathe(timeMs: number, reducedMotion: boolean): void {
    let phase = 0;
    for (const { image } of this.actors.values()) {
      phase += 1.7;
      if (!image.visible) continue;
      const base = this.textureScales[image.texture.key] ?? 1;
      const rise = reducedMotion ? 0 : 0.006 * Math.sin((timeMs / 4200) * Math.PI * 2 + phase);
      image.scaleY = base * (1 + rise);
    }
  }

  actorImage(id: string): Phaser.GameObjects.Image | null {
    return this.actors.get(id)?.image ?? null;
  }

  propImage(id: string): Phaser.GameObjects.Image | null {
    return this.props.get(id)?.image ?? null;
  }

  private swapTexture(image: Phaser.GameObjects.Image, texture: string | null, ms: number): void {
    this.scene.tweens.killTweensOf(image);
    const exists = texture !== null && this.scene.textures.exists(texture);
    if (!exists) {
      if (ms > 0 && image.visible) {
        this.scene.tweens.add({ targets: image, alpha: 0, duration: ms, onComplete: () => image.setVisible(false) });
      } else {
        image.setVisible(false);
      }
      return;
    }
    const wasVisible = image.visible && image.texture.key !== '__DEFAULT';
    image.setTexture(texture).setVisible(true).setScale(this.textureScales[texture] ?? 1);
    if (ms > 0 && !wasVisible) {
      image.setAlpha(0);
      this.scene.tweens.add({ targets: image, alpha: 1, duration: ms });
    } else {
      image.setAlpha(1);
    }
  }
}

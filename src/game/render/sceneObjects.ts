// Props and actors: one image each, whose texture follows its state or pose. Everything lit gets
// its normal map. A figure that changes pose where it is melts from the old pose into the new
// (a head turn); one that changes pose and place at once fades out where it was before it fades
// in where it goes, so two poses of one person are never seen side by side. The figures breathe,
// shift their weight, and she glances towards the stairs now and then while she waits alone.
import Phaser from 'phaser';
import { glancing, swayAt } from '../../scene/idle';
import type { ActorDef, PropDef, LevelDef } from '../../level/schema';
import { bakedName, hasTexture, textureFrame } from '../loading/textures';

/** A pose change in place melts over at most this long: a turn of the head, not a dissolve. */
const MELT_MS = 700;
/** A glance (and the look back) melts over this long. */
const GLANCE_MS = 450;
/** Moving and changing at once: out over the first part of the time, in over the last. */
const OUT_SHARE = 0.5;
const IN_FROM = 0.45;

interface Actor {
  readonly def: ActorDef;
  readonly image: Phaser.GameObjects.Image;
  /** The story's pose (a glance never changes it). */
  pose: string;
  /** A tilt the staging asks for (her lean); the weight shift is added to it. */
  tilt: number;
  readonly phase: number;
}

export class SceneObjects {
  private readonly props = new Map<string, { def: PropDef; image: Phaser.GameObjects.Image }>();
  private readonly actors = new Map<string, Actor>();
  private readonly ghosts = new Set<Phaser.GameObjects.Image>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly def: LevelDef,
    private readonly textureScales: Readonly<Record<string, number>>,
    private readonly seed: number,
    /** Actors drawn from parts by the figure rig, not here. */
    drawnElsewhere: ReadonlySet<string> = new Set(),
  ) {
    for (const prop of def.props) {
      const image = scene.add.image(prop.x, prop.y, '__DEFAULT').setOrigin(0.5, 1).setDepth(prop.depth);
      if (prop.lit) image.setLighting(true);
      this.props.set(prop.id, { def: prop, image });
      this.showProp(prop.id, prop.initial, 0);
    }
    let phase = 0;
    for (const actor of def.actors) {
      if (drawnElsewhere.has(actor.id)) continue;
      const image = scene.add.image(0, 0, '__DEFAULT').setOrigin(0.5, 1).setDepth(actor.depth).setLighting(true);
      phase += 1.7;
      this.actors.set(actor.id, { def: actor, image, pose: actor.initial, tilt: 0, phase });
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
    const image = entry.image;
    const fromMark = entry.def.poses[entry.pose]?.mark;
    entry.pose = pose;
    const mark = this.def.marks[def.mark];
    const texture = def.texture !== null && hasTexture(this.scene.textures, def.texture) ? def.texture : null;
    const shown = image.visible && image.texture.key !== '__DEFAULT';
    if (!mark) return;
    this.scene.tweens.killTweensOf(entry);
    if (ms <= 0 || !shown) {
      image.setPosition(mark.x, mark.y);
      entry.tilt = 0;
      this.swapTexture(image, texture, ms);
      return;
    }
    if (texture === null) {
      // Leaving: it fades where it is, in the first part of the time.
      this.swapTexture(image, null, ms * OUT_SHARE);
      return;
    }
    this.scene.tweens.killTweensOf(image);
    image.setAlpha(1);
    const moving = fromMark !== def.mark;
    if (!moving || texture === bakedName(image)) {
      // In place, a new pose melts off the old one; the same figure somewhere else walks there.
      // Either way it goes back to its mark and stands straight (after her lean, she sits back).
      if (texture !== bakedName(image)) {
        this.fadeGhost(this.ghostOf(image), Math.min(ms, MELT_MS));
        this.setTexture(image, texture);
      }
      if (image.x !== mark.x || image.y !== mark.y)
        this.scene.tweens.add({ targets: image, x: mark.x, y: mark.y, duration: ms, ease: 'Sine.easeInOut' });
      if (entry.tilt !== 0) this.scene.tweens.add({ targets: entry, tilt: 0, duration: ms, ease: 'Sine.easeInOut' });
      return;
    }
    // A new pose somewhere else (he sits, he takes her in his arms): out here, then in there.
    this.fadeGhost(this.ghostOf(image), ms * OUT_SHARE);
    this.setTexture(image, texture).setPosition(mark.x, mark.y).setAlpha(0);
    entry.tilt = 0;
    this.scene.tweens.add({ targets: image, alpha: 1, delay: ms * IN_FROM, duration: ms * (1 - IN_FROM), ease: 'Sine.easeInOut' });
  }

  /** The staging's tilt for a figure (her lean towards him), kept under the weight shift. */
  setTilt(id: string, radians: number): void {
    const entry = this.actors.get(id);
    if (!entry) return;
    this.scene.tweens.killTweensOf(entry);
    entry.tilt = radians;
    entry.image.setRotation(radians);
  }

  /**
   * Every frame: a slow breath for each visible figure (the chest rises a few pixels,
   * bottom-anchored), a weight shift of a fraction of a degree, and her glance towards the
   * stairs while she is alone. Reduced motion holds them still and does without the glance.
   */
  animate(timeMs: number, reducedMotion: boolean): void {
    const visible = [...this.actors.values()].filter((a) => a.image.visible);
    for (const entry of visible) {
      const { image, phase } = entry;
      const base = this.textureScales[bakedName(image)] ?? 1;
      const rise = reducedMotion ? 0 : 0.006 * Math.sin((timeMs / 4200) * Math.PI * 2 + phase);
      image.scaleY = base * (1 + rise);
      image.setRotation(entry.tilt + (reducedMotion ? 0 : swayAt(timeMs, phase)));
      if (entry.def.glance) this.glance(entry, timeMs, reducedMotion, visible.length === 1);
    }
  }

  /** Draws a whole state at once: any melt still under way is done. */
  clearGhosts(): void {
    for (const ghost of this.ghosts) ghost.destroy();
    this.ghosts.clear();
  }

  actorImage(id: string): Phaser.GameObjects.Image | null {
    return this.actors.get(id)?.image ?? null;
  }

  propImage(id: string): Phaser.GameObjects.Image | null {
    return this.props.get(id)?.image ?? null;
  }

  private glance(entry: Actor, timeMs: number, reducedMotion: boolean, alone: boolean): void {
    const glance = entry.def.glance;
    if (glance?.from !== entry.pose) return;
    const image = entry.image;
    const away = alone && !reducedMotion && glancing(timeMs, this.seed);
    const texture = entry.def.poses[away ? glance.to : glance.from]?.texture;
    if (!texture || texture === bakedName(image) || !hasTexture(this.scene.textures, texture)) return;
    // Never in the middle of a fade: the glance waits for the figure to be all there.
    if (image.alpha < 1 || this.scene.tweens.isTweening(image)) return;
    this.fadeGhost(this.ghostOf(image), GLANCE_MS);
    this.setTexture(image, texture);
  }

  private setTexture(image: Phaser.GameObjects.Image, texture: string): Phaser.GameObjects.Image {
    const frame = textureFrame(this.scene.textures, texture);
    return (frame ? image.setTexture(...frame) : image).setScale(this.textureScales[texture] ?? 1);
  }

  private swapTexture(image: Phaser.GameObjects.Image, texture: string | null, ms: number): void {
    this.scene.tweens.killTweensOf(image);
    const exists = texture !== null && hasTexture(this.scene.textures, texture);
    if (!exists) {
      if (ms > 0 && image.visible) {
        this.scene.tweens.add({ targets: image, alpha: 0, duration: ms, onComplete: () => image.setVisible(false) });
      } else {
        image.setVisible(false);
      }
      return;
    }
    const wasVisible = image.visible && image.texture.key !== '__DEFAULT';
    this.setTexture(image, texture).setVisible(true);
    if (ms > 0 && !wasVisible) {
      image.setAlpha(0);
      this.scene.tweens.add({ targets: image, alpha: 1, duration: ms });
    } else {
      image.setAlpha(1);
    }
  }

  /** A copy of a figure as it is now, laid just over it, to fade away. */
  private ghostOf(image: Phaser.GameObjects.Image): Phaser.GameObjects.Image {
    const ghost = this.scene.add
      .image(image.x, image.y, image.texture.key, image.frame.name)
      .setOrigin(image.originX, image.originY)
      .setScale(image.scaleX, image.scaleY)
      .setRotation(image.rotation)
      .setAlpha(image.alpha)
      .setDepth(image.depth + 0.5)
      .setLighting(true);
    this.ghosts.add(ghost);
    return ghost;
  }

  private fadeGhost(ghost: Phaser.GameObjects.Image, ms: number): void {
    this.scene.tweens.add({
      targets: ghost,
      alpha: 0,
      duration: Math.max(1, ms),
      ease: 'Sine.easeInOut',
      onComplete: () => {
        this.ghosts.delete(ghost);
        ghost.destroy();
      },
    });
  }
}

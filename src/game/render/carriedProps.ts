// Props carried in a hand: the prop's own image leaves the lid and follows the hand, its light and
// smoke with it, and goes back to its place on the lid when the hand lets go.
import Phaser from 'phaser';
import type { FigureDef, FiguresDef, HeldProp } from '../../scene/figures';
import { placeHeld, type Placed } from '../../scene/keyframes';
import type { LevelDef, Point } from '../../level/schema';
import type { FigureRoot } from './figureRoot';

export interface CarriedPropsHooks {
  /** The prop's own image, to carry in a hand. */
  readonly propImage: (id: string) => Phaser.GameObjects.Image | null;
  /** Moves a light that goes where its prop goes (the lighter's flame, the ember). */
  readonly moveLight: (id: string, x: number, y: number) => void;
  /** Moves the resting cigarette's plume with it. */
  readonly moveSmoke: (at: Point) => void;
}

/** A figure as far as carrying goes: its parts, where it stands, and what its hands hold. */
export interface Carrier {
  readonly def: FigureDef;
  readonly root: FigureRoot;
  held: Readonly<Record<string, HeldProp>>;
}

export class CarriedProps {
  constructor(
    private readonly def: LevelDef,
    private readonly content: FiguresDef,
    private readonly hooks: CarriedPropsHooks,
  ) {}

  /** Props pass between the lid and a hand: a prop leaving a hand goes back to its place. */
  carry(figure: Carrier, held: Readonly<Record<string, HeldProp>>): void {
    for (const prop of Object.keys(figure.held)) if (!(prop in held)) this.release(prop);
    figure.held = held;
  }

  releaseAll(figure: Carrier): void {
    for (const prop of Object.keys(figure.held)) this.release(prop);
    figure.held = {};
  }

  /** Puts each held prop in its hand, just behind it, at the figure's `alpha`. */
  place(figure: Carrier, placed: Readonly<Record<string, Placed>>, alpha: number, toScene: (x: number, y: number) => Point): void {
    const { def, root } = figure;
    for (const [prop, held] of Object.entries(figure.held)) {
      const image = this.hooks.propImage(prop);
      const where = placeHeld(placed, held);
      if (!image || !where) continue;
      const at = toScene(where.x, where.y);
      const hand = def.parts.find((p) => p.id === held.part);
      image
        .setPosition(at.x, at.y)
        .setRotation(where.rotation + root.tilt)
        .setDepth(root.depth + (hand?.depth ?? 0) * 0.01 - 0.005);
      image.setAlpha(alpha);
      this.follow(prop, image);
    }
  }

  private release(prop: string): void {
    const def = this.def.props.find((p) => p.id === prop);
    const image = this.hooks.propImage(prop);
    if (!def || !image) return;
    image.setPosition(def.x, def.y).setRotation(0).setDepth(def.depth).setAlpha(1);
    this.follow(prop, image);
  }

  /** A carried prop's light and smoke go with it. */
  private follow(prop: string, image: Phaser.GameObjects.Image): void {
    const carried = this.content.carried[prop];
    if (!carried) return;
    const c = Math.cos(image.rotation);
    const s = Math.sin(image.rotation);
    const off = (p: readonly [number, number]): Point => ({ x: image.x + p[0] * c - p[1] * s, y: image.y + p[0] * s + p[1] * c });
    if (carried.light !== null) {
      const at = off(carried.lightAt);
      this.hooks.moveLight(carried.light, at.x, at.y);
    }
    if (carried.smokeAt) this.hooks.moveSmoke(off(carried.smokeAt));
  }
}

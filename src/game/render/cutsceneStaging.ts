// The Phaser half of a cutscene's staging: her lean towards him (the same movement whether the
// clock plays it, in the cold open, or the player holds it, at the kiss) and his coming apart
// into smoke. CryptScene runs plain commands (and melts one pose into the next); this adds the
// moments.
import Phaser from 'phaser';
import type { DissolveStyle } from '../../cutscene/presenter';
import type { LevelDef } from '../../level/schema';
import type { SceneState } from '../../scene/state';
import type { Command } from '../../story/commands';
import type { CryptScene } from '../scenes/CryptScene';
import type { FigureRoot } from './figureRoot';
import { textureFrame } from '../loading/textures';

/** How far the one who leans in (the level's `leaner`) tips towards him at full lean. */
const LEAN_DX = 6;
const LEAN_TILT = 0.07;
/** Where the cold open's lean stops: a breath from his lips. The held lean goes all the way. */
export const LEAN_BREATH = 0.86;

export class CutsceneStaging {
  private lean = { amount: 0 };
  private readonly smokeOut: Phaser.GameObjects.GameObject[] = [];
  private readonly leaving = new Set<FigureRoot>();

  constructor(
    private readonly crypt: CryptScene,
    private readonly def: LevelDef,
  ) {}

  /** A scene command with its blend time, with the cutscene's own touches. */
  command(command: Command, ms: number): void {
    this.crypt.runCommand(command, ms);
    if (command.kind === 'actor' && command.actor === this.def.leaner) {
      // Her position is the lean's to set (seat → lean mark); her poses all share one mark.
      if (command.pose === 'lean') this.leanTo(Math.max(this.lean.amount, ms > 0 ? LEAN_BREATH : 1), ms);
      else this.leanTo(0, ms);
    }
  }

  /** The held lean begins: she turns into the lean pose as the clock-driven lean does. */
  beginHeldLean(): void {
    this.crypt.runCommand({ kind: 'actor', actor: this.def.leaner, pose: 'lean' }, 1200);
    this.placeLeaner();
  }

  /** The held lean: the player's progress is her distance to his lips. */
  holdLean(fraction: number): void {
    this.crypt.tweens.killTweensOf(this.lean);
    this.lean.amount = fraction;
    this.placeLeaner();
  }

  dissolve(actor: string, ms: number, style: DissolveStyle): void {
    const root = this.crypt.actorRoot(actor);
    if (!root?.visible) return;
    const tweens = this.crypt.tweens;
    tweens.killTweensOf(root);
    if (style === 'smoke') this.smoke(this.crypt.actorParts(actor), root.depth, ms);
    const y = root.y;
    root.leaving = true;
    this.leaving.add(root);
    tweens.add({
      targets: root,
      alpha: 0,
      y: style === 'smoke' ? y - 10 : y,
      duration: Math.max(1, ms),
      ease: style === 'smoke' ? 'Sine.easeIn' : 'Linear',
      onComplete: () => this.leave(root, y),
    });
  }

  private leave(root: FigureRoot, y: number): void {
    root.leaving = false;
    root.alpha = 1;
    root.y = y;
    this.leaving.delete(root);
  }

  /** After a skip or a restore: the lean and the smoke snap to the state's end. */
  settle(state: SceneState): void {
    for (const object of this.smokeOut.splice(0)) object.destroy();
    for (const root of [...this.leaving]) this.leave(root, root.y);
    this.lean.amount = state.actors[this.def.leaner] === 'lean' ? 1 : 0;
    this.placeLeaner();
  }

  private leanTo(amount: number, ms: number): void {
    const tweens = this.crypt.tweens;
    tweens.killTweensOf(this.lean);
    if (ms <= 0) {
      this.lean.amount = amount;
      this.placeLeaner();
      return;
    }
    tweens.add({
      targets: this.lean,
      amount,
      duration: ms,
      ease: 'Sine.easeInOut',
      onUpdate: () => this.placeLeaner(),
      onComplete: () => this.placeLeaner(),
    });
  }

  private placeLeaner(): void {
    const image = this.crypt.actorRoot(this.def.leaner);
    if (!image) return;
    const seat = this.markOf('seated');
    const leanMark = this.markOf('lean') ?? seat;
    if (!seat || !leanMark) return;
    // From her seat towards the lean pose's mark, tipping towards him as she goes.
    const t = this.lean.amount;
    image.setPosition(seat.x + (leanMark.x - seat.x) * t + LEAN_DX * t, seat.y + (leanMark.y - seat.y) * t);
    image.tilt = LEAN_TILT * t;
  }

  private markOf(pose: string): { x: number; y: number } | undefined {
    const mark = this.def.actors.find((a) => a.id === this.def.leaner)?.poses[pose]?.mark;
    return mark === undefined ? undefined : this.def.marks[mark];
  }

  /** Smoke that rises from the shape of his figure itself, while the figure thins away. */
  private smoke(images: readonly Phaser.GameObjects.Image[], depth: number, ms: number): void {
    const smoke = textureFrame(this.crypt.textures, 'smoke');
    if (!smoke) return;
    const points = images.flatMap((image) => opaquePoints(image));
    if (points.length === 0) return;
    const zone = {
      getRandomPoint: (point: Phaser.Types.Math.Vector2Like): Phaser.Types.Math.Vector2Like => {
        const p = points[Math.floor(Math.random() * points.length)] ?? { x: 0, y: 0 };
        point.x = p.x;
        point.y = p.y;
        return point;
      },
    };
    const emitter = this.crypt.add.particles(0, 0, smoke[0], {
      frame: smoke[1],
      emitZone: { type: 'random', source: zone },
      lifespan: { min: 1400, max: 2600 },
      speedY: { min: -46, max: -12 },
      speedX: { min: -16, max: 16 },
      accelerationY: -6,
      scale: { start: 0.12, end: 0.6 },
      alpha: { start: 0.55, end: 0 },
      rotate: { min: 0, max: 360 },
      tint: 0xd8d4de,
      frequency: 12,
      quantity: 3,
      blendMode: Phaser.BlendModes.NORMAL,
    });
    emitter.setDepth(depth + 1).setLighting(true);
    this.smokeOut.push(emitter);
    // He goes from the top down and the emitter stops as the last of him thins out.
    this.crypt.time.delayedCall(ms * 0.8, () => emitter.stop());
    this.crypt.time.delayedCall(ms + 2800, () => emitter.destroy());
  }
}

/** Scene positions of the figure's solid pixels, sampled once from its texture. */
function opaquePoints(image: Phaser.GameObjects.Image): { x: number; y: number }[] {
  // The figure's own frame: most textures are a region of the shared atlas.
  const source = image.frame.source.image;
  if (!(source instanceof HTMLImageElement || source instanceof HTMLCanvasElement || source instanceof ImageBitmap)) return [];
  const { cutX, cutY } = image.frame;
  const w = image.frame.cutWidth;
  const h = image.frame.cutHeight;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return [];
  // Loaded textures are bitmaps stored upside down (textureLoader.ts): read the frame's rows
  // from the bottom of the sheet and turn them the right way up.
  const upsideDown = source instanceof ImageBitmap;
  if (upsideDown) {
    ctx.setTransform(1, 0, 0, -1, 0, h);
    ctx.drawImage(source, cutX, source.height - cutY - h, w, h, 0, 0, w, h);
  } else {
    ctx.drawImage(source, cutX, cutY, w, h, 0, 0, w, h);
  }
  const data = ctx.getImageData(0, 0, w, h).data;
  const points: { x: number; y: number }[] = [];
  const step = Math.max(2, Math.round(Math.sqrt((w * h) / 2500)));
  const left = image.x - w * image.originX * image.scaleX;
  const top = image.y - h * image.originY * image.scaleY;
  for (let y = 0; y < h; y += step) {
    for (let x = 0; x < w; x += step) {
      if ((data[(y * w + x) * 4 + 3] ?? 0) > 140) points.push({ x: left + x * image.scaleX, y: top + y * image.scaleY });
    }
  }
  return points;
}

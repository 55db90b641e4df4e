// The figures, drawn from parts: each frame asks the keyframe player (src/scene/keyframes.ts)
// where every part is and places one lit image per part there (figureParts.ts). A story pose is
// a blend to a target; an action plays its keys from wherever the figure was, carries props in a
// hand (carriedProps.ts) and ends on its end pose. Nothing here decides: it draws what the player
// samples.
import Phaser from 'phaser';
import type { ActionDef, FigureDef, FigurePose, FiguresDef, HeldProp } from '../../scene/figures';
import { cuesBetween, handsToStartFrom, placeParts, poseOf, sampleAction, sampleBlend, withIdle } from '../../scene/keyframes';
import type { LevelDef, Point } from '../../level/schema';
import { pouringAt } from '../../scene/pour';
import { CarriedProps, type CarriedPropsHooks } from './carriedProps';
import { FigureParts } from './figureParts';
import { FigureRoot } from './figureRoot';
import { PourStream } from './pourStream';

type Motion =
  | { readonly kind: 'blend'; readonly from: FigurePose; readonly to: string; readonly start: number; readonly ms: number }
  | {
      readonly kind: 'action';
      readonly action: ActionDef;
      readonly from: FigurePose;
      readonly held: Readonly<Record<string, HeldProp>>;
      readonly start: number;
      readonly fromMark: Point;
      readonly toMark: Point;
    };

interface Figure {
  readonly def: FigureDef;
  readonly root: FigureRoot;
  readonly images: ReadonlyMap<string, Phaser.GameObjects.Image>;
  storyPose: string;
  motion: Motion;
  /** The last pose drawn, where the next change starts from. */
  pose: FigurePose;
  held: Readonly<Record<string, HeldProp>>;
  /** The clock of the last frame (for the cues between two frames). */
  lastT: number;
  readonly phase: number;
  /** Fades in or out when the figure comes or goes (story poses with no picture). */
  presence: { level: number };
}

export interface FigureRigHooks extends CarriedPropsHooks {
  /** Brightens a light for a moment (the ember on a draw). */
  readonly pulseLight: (id: string) => void;
  /** A breath of smoke leaves a mouth. */
  readonly puff: (at: Point) => void;
  readonly clock: () => number;
}

const FADE_MS = 600;

export class FigureRig {
  private readonly figures = new Map<string, Figure>();
  private readonly parts: FigureParts;
  private readonly props: CarriedProps;
  /** One stream per figure: each may pour (only hers does). */
  private readonly streams = new Map<string, PourStream>();
  private reduced = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly def: LevelDef,
    private readonly content: FiguresDef,
    private readonly textureScales: Readonly<Record<string, number>>,
    private readonly seed: number,
    private readonly hooks: FigureRigHooks,
  ) {
    this.parts = new FigureParts(scene, content, textureScales);
    this.props = new CarriedProps(def, content, hooks);
    let phase = 0;
    for (const actor of def.actors) {
      const figure = content.figures[actor.id];
      if (!figure) continue;
      phase += 1.7;
      const images = this.parts.images(figure);
      const start = this.poseFor(figure, actor.initial);
      const root = new FigureRoot(actor.depth);
      this.figures.set(actor.id, {
        def: figure,
        root,
        images,
        storyPose: actor.initial,
        pose: start,
        held: {},
        lastT: 0,
        phase,
        motion: { kind: 'blend', from: start, to: this.poseName(figure, actor.initial), start: 0, ms: 0 },
        presence: { level: this.shows(actor.id, actor.initial) ? 1 : 0 },
      });
      this.placeRoot(actor.id, actor.initial);
    }
  }

  has(actor: string): boolean {
    return this.figures.has(actor);
  }

  root(actor: string): FigureRoot | null {
    return this.figures.get(actor)?.root ?? null;
  }

  setReducedMotion(reduced: boolean): void {
    this.reduced = reduced;
  }

  /** A story pose: the figure blends into it over `ms` (and goes to its mark, or comes, or leaves). */
  showPose(actor: string, pose: string, ms: number): void {
    const figure = this.figures.get(actor);
    if (!figure) return;
    const now = this.hooks.clock();
    const fromMark = this.markOf(actor, figure.storyPose);
    const toMark = this.markOf(actor, pose);
    this.props.releaseAll(figure);
    figure.storyPose = pose;
    const shows = this.shows(actor, pose);
    this.scene.tweens.killTweensOf(figure.presence);
    if (ms <= 0) {
      figure.pose = this.poseFor(figure.def, pose);
      figure.motion = { kind: 'blend', from: figure.pose, to: this.poseName(figure.def, pose), start: now, ms: 0 };
      figure.presence.level = shows ? 1 : 0;
      this.placeRoot(actor, pose);
      return;
    }
    if (!shows) {
      this.scene.tweens.add({ targets: figure.presence, level: 0, duration: ms / 2 });
      return;
    }
    const moving = fromMark && toMark && (fromMark.x !== toMark.x || fromMark.y !== toMark.y);
    if (moving && figure.presence.level > 0) {
      // Somewhere else in another pose (he sits, he takes her in his arms): out here, in there.
      this.scene.tweens.add({
        targets: figure.presence,
        level: 0,
        duration: ms * 0.45,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          figure.pose = this.poseFor(figure.def, pose);
          figure.motion = { kind: 'blend', from: figure.pose, to: this.poseName(figure.def, pose), start: this.hooks.clock(), ms: 0 };
          this.placeRoot(actor, pose);
          this.scene.tweens.add({ targets: figure.presence, level: 1, duration: ms * 0.5, ease: 'Sine.easeInOut' });
        },
      });
      return;
    }
    if (figure.presence.level < 1) {
      this.placeRoot(actor, pose);
      figure.pose = this.poseFor(figure.def, pose);
      this.scene.tweens.add({ targets: figure.presence, level: 1, duration: ms });
    }
    figure.motion = { kind: 'blend', from: figure.pose, to: this.poseName(figure.def, pose), start: now, ms };
    if (moving) this.scene.tweens.add({ targets: figure.root, x: toMark.x, y: toMark.y, duration: ms, ease: 'Sine.easeInOut' });
  }

  /** Plays an action from where the figure is now; `ms <= 0` lands on its end at once. */
  act(actor: string, actionId: string, skip = false): void {
    const figure = this.figures.get(actor);
    const action = figure?.def.actions[actionId];
    if (!figure || !action) return;
    const fromMark = { x: figure.root.x, y: figure.root.y };
    if (action.pose !== null) figure.storyPose = action.pose;
    const toMark = this.markOf(actor, figure.storyPose) ?? fromMark;
    this.scene.tweens.killTweensOf(figure.root);
    this.scene.tweens.killTweensOf(figure.presence);
    const now = this.hooks.clock();
    const held = handsToStartFrom(figure.motion.kind === 'action' ? figure.motion.action : null, figure.held);
    this.props.carry(figure, held);
    figure.motion = { kind: 'action', action, from: figure.pose, held, start: skip ? now - action.ms : now, fromMark, toMark };
    figure.lastT = skip ? action.ms : 0;
    if (!action.travel && (toMark.x !== fromMark.x || toMark.y !== fromMark.y)) {
      // Somewhere else with no walk there (he gathers her up): it comes in where it goes.
      figure.root.setPosition(toMark.x, toMark.y);
      if (!skip) figure.presence.level = 0;
    }
    if (figure.presence.level < 1) {
      if (skip) figure.presence.level = 1;
      else this.scene.tweens.add({ targets: figure.presence, level: 1, duration: Math.min(FADE_MS, action.ms / 3) });
    }
    if (skip) this.frame(actor, figure, now);
  }

  /** Draws a whole state at once: story poses, and each figure's last action at its end. */
  restore(poses: Readonly<Record<string, string>>, acts: Readonly<Record<string, string>>): void {
    for (const [actor, pose] of Object.entries(poses)) {
      const figure = this.figures.get(actor);
      if (!figure) continue;
      figure.held = {};
      this.showPose(actor, pose, 0);
      const act = acts[actor];
      if (act !== undefined) this.act(actor, act, true);
    }
    this.update(this.hooks.clock());
  }

  update(timeMs: number): void {
    const alone = [...this.figures.values()].filter((f) => f.presence.level > 0).length <= 1;
    for (const [id, figure] of this.figures) this.frame(id, figure, timeMs, alone);
  }

  /** The actions playing now, "actor action" each, for the page to report (tests wait on it). */
  acting(timeMs: number): string {
    const names: string[] = [];
    for (const [id, figure] of this.figures) {
      const m = figure.motion;
      if (m.kind === 'action' && timeMs - m.start < m.action.ms) names.push(`${id} ${m.action.id}`);
    }
    return names.join(', ');
  }

  /** Each shown figure's extent in scene pixels (its parts' bounds), for the page to report. */
  extents(): Record<string, { x: number; y: number; width: number; height: number }> {
    const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const [id, figure] of this.figures) {
      let x0 = Infinity,
        y0 = Infinity,
        x1 = -Infinity,
        y1 = -Infinity;
      for (const image of figure.images.values()) {
        if (!image.visible) continue;
        const b = image.getBounds();
        x0 = Math.min(x0, b.x);
        y0 = Math.min(y0, b.y);
        x1 = Math.max(x1, b.right);
        y1 = Math.max(y1, b.bottom);
      }
      if (x1 > x0) out[id] = { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
    }
    return out;
  }

  /** Scene positions of the figure's parts, for the smoke he comes apart into. */
  partRects(actor: string): Phaser.GameObjects.Image[] {
    const figure = this.figures.get(actor);
    return figure ? [...figure.images.values()].filter((i) => i.visible && i.alpha > 0.05) : [];
  }

  private frame(actor: string, figure: Figure, timeMs: number, alone = true): void {
    const { def, root, motion } = figure;
    let pose: FigurePose;
    let fade = 1;
    let busy = false;
    let pouring: ReturnType<typeof pouringAt> = null;
    if (motion.kind === 'action') {
      const t = timeMs - motion.start;
      pouring = pouringAt(motion.action, t);
      const sample = sampleAction(def, motion.action, motion.from, motion.held, t, { reduced: this.reduced });
      pose = sample.pose;
      fade = sample.fade;
      busy = !sample.done;
      this.props.carry(figure, sample.held);
      if (motion.action.travel) {
        root.x = motion.fromMark.x + (motion.toMark.x - motion.fromMark.x) * sample.travel;
        root.y = motion.fromMark.y + (motion.toMark.y - motion.fromMark.y) * sample.travel;
      }
      for (const cue of cuesBetween(motion.action, figure.lastT, t)) this.cue(figure, cue.cue);
      figure.lastT = t;
    } else {
      pose = sampleBlend(motion.from, poseOf(def, motion.to), timeMs - motion.start, motion.ms, { reduced: this.reduced });
    }
    figure.pose = pose;
    const shown = withIdle(def, pose, timeMs, figure.phase, this.seed, { reduced: this.reduced, alone, restingIn: figure.storyPose, busy });
    const placed = placeParts(def, shown);
    const alpha = root.alpha * (root.leaving ? 1 : figure.presence.level) * fade;
    root.visible = alpha > 0.001;
    const c = Math.cos(root.tilt);
    const s = Math.sin(root.tilt);
    const toScene = (x: number, y: number): Point => ({ x: root.x + (x * c - y * s) * def.unit, y: root.y + (x * s + y * c) * def.unit });
    this.parts.place(def, root, figure.images, placed, alpha, toScene);
    this.props.place(figure, placed, alpha, toScene);
    this.stream(actor).show(pouring?.pour ?? null, pouring?.flow ?? 0, alpha);
  }

  private stream(actor: string): PourStream {
    let stream = this.streams.get(actor);
    if (!stream) this.streams.set(actor, (stream = new PourStream(this.scene, this.hooks.propImage)));
    return stream;
  }

  private cue(figure: Figure, cue: 'smoke' | 'ember'): void {
    if (cue === 'ember') {
      for (const [prop] of Object.entries(figure.held)) {
        const light = this.content.carried[prop]?.light;
        if (light) this.hooks.pulseLight(light);
      }
      return;
    }
    // Smoke leaves the mouth (figures.json): in front of the head's pivot, turning with it.
    const { mouth, unit } = figure.def;
    const head = figure.images.get(mouth.part);
    if (!head?.visible) return;
    this.hooks.puff({ x: head.x + Math.cos(head.rotation) * mouth.x * unit, y: head.y + mouth.y * unit });
  }

  private poseName(figure: FigureDef, storyPose: string): string {
    return storyPose in figure.poses ? storyPose : (Object.keys(figure.poses)[0] ?? storyPose);
  }

  private poseFor(figure: FigureDef, storyPose: string): FigurePose {
    return poseOf(figure, this.poseName(figure, storyPose));
  }

  private shows(actor: string, pose: string): boolean {
    const def = this.def.actors.find((a) => a.id === actor)?.poses[pose];
    return def !== undefined && def.texture !== null;
  }

  private markOf(actor: string, pose: string): Point | null {
    const mark = this.def.actors.find((a) => a.id === actor)?.poses[pose]?.mark;
    return mark === undefined ? null : (this.def.marks[mark] ?? null);
  }

  private placeRoot(actor: string, pose: string): void {
    const figure = this.figures.get(actor);
    const mark = this.markOf(actor, pose);
    if (!figure || !mark) return;
    figure.root.setPosition(mark.x, mark.y);
    figure.root.tilt = 0;
  }
}

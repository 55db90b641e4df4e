// The keyframe player: pure functions of the game clock that say where every part of a figure
// is. A story pose is a target the figure blends to; an action is a run of keys, each moving the
// figure into a pose with easing, and hand-offs that put a prop in a hand or back on the lid.
// Everything is sampled by time, so a skip asks for the end and gets exactly what watching ends
// on. No Phaser here: src/game/render/figureRig.ts draws what these return.
import type { ActionCue, ActionDef, Ease, FigureDef, FigurePose, HeldProp, PartPose } from './figures';
import { hash01 } from './hash';
import { GLANCE, swayAt } from './idle';

export function eased(ease: Ease, u: number): number {
  const t = Math.min(1, Math.max(0, u));
  switch (ease) {
    case 'linear':
      return t;
    case 'in':
      return t * t;
    case 'out':
      return 1 - (1 - t) * (1 - t);
    case 'inOut':
      return 0.5 - 0.5 * Math.cos(Math.PI * t);
  }
}

function lerpPart(a: PartPose, b: PartPose, u: number): PartPose {
  return {
    a: a.a + (b.a - a.a) * u,
    x: a.x + (b.x - a.x) * u,
    y: a.y + (b.y - a.y) * u,
    alpha: a.alpha + (b.alpha - a.alpha) * u,
    // A face cannot be half open: the variant changes half-way.
    tex: u < 0.5 ? a.tex : b.tex,
  };
}

/** The pose `u` of the way from `a` to `b` (u already eased). */
export function blendPoses(a: FigurePose, b: FigurePose, u: number): FigurePose {
  if (u <= 0) return a;
  if (u >= 1) return b;
  const out: Record<string, PartPose> = {};
  for (const [id, to] of Object.entries(b)) {
    const from = a[id];
    out[id] = from ? lerpPart(from, to, u) : to;
  }
  return out;
}

export function poseOf(figure: FigureDef, name: string): FigurePose {
  const pose = figure.poses[name];
  if (!pose) throw new Error(`figure ${figure.id} has no pose "${name}"`);
  return pose;
}

export interface MotionOptions {
  /** Reduced motion: a key is a quick change at its end instead of a travel through it. */
  readonly reduced: boolean;
}

/** Under reduced motion a key's change takes at most this long, at the end of its time. */
export const REDUCED_KEY_MS = 160;
/** Under reduced motion a walk is a fade out where he was and in where he goes, each this long. */
export const REDUCED_TRAVEL_FADE_MS = 220;

function keyProgress(at: number, ms: number, t: number, reduced: boolean): number {
  if (ms <= 0) return t >= at ? 1 : 0;
  if (!reduced) return (t - at) / ms;
  const quick = Math.min(ms, REDUCED_KEY_MS);
  return (t - (at + ms - quick)) / quick;
}

export interface ActionSample {
  readonly pose: FigurePose;
  readonly held: Readonly<Record<string, HeldProp>>;
  /** 0 at the mark it left, 1 at the new one (the root's place between the two). */
  readonly travel: number;
  /** The whole figure's opacity (1 but under a reduced-motion walk). */
  readonly fade: number;
  readonly done: boolean;
}

/**
 * The action `t` ms after it began, from the pose and props in hand it began with. At or past
 * its end it is exactly its end pose with its end props, whatever it began from.
 */
export function sampleAction(
  figure: FigureDef,
  action: ActionDef,
  from: FigurePose,
  heldBefore: Readonly<Record<string, HeldProp>>,
  t: number,
  options: MotionOptions,
): ActionSample {
  if (t >= action.ms) return { pose: poseOf(figure, action.then), held: action.holds, travel: 1, fade: 1, done: true };
  let pose = from;
  for (const key of action.keys) {
    if (t < key.at) break;
    const u = eased(key.ease, keyProgress(key.at, key.ms, t, options.reduced));
    pose = blendPoses(pose, poseOf(figure, key.pose), u);
  }
  // The last stretch settles into the end pose, from wherever the keys left it.
  const last = action.keys[action.keys.length - 1];
  const settleAt = last ? last.at + last.ms : 0;
  if (t > settleAt && settleAt < action.ms) {
    pose = blendPoses(pose, poseOf(figure, action.then), eased('inOut', keyProgress(settleAt, action.ms - settleAt, t, options.reduced)));
  }
  let held: Readonly<Record<string, HeldProp>> = heldBefore;
  for (const h of action.handoffs) {
    if (h.at > t) break;
    held = handOff(held, h.prop, h.to === null ? null : { part: h.to, ...h.grip });
  }
  let travel = 0;
  let fade = 1;
  if (action.travel) {
    const u = (t - action.travel.at) / action.travel.ms;
    if (options.reduced) {
      const f = REDUCED_TRAVEL_FADE_MS / action.travel.ms;
      travel = u < 0.5 ? 0 : 1;
      fade = Math.min(1, Math.abs(u - 0.5) / f);
    } else {
      travel = Math.min(1, Math.max(0, u));
    }
  }
  return { pose, held, travel, fade, done: false };
}

/** Props in hand after one passes to a hand (or, with null, back to the lid). */
export function handOff(held: Readonly<Record<string, HeldProp>>, prop: string, to: HeldProp | null): Readonly<Record<string, HeldProp>> {
  const rest = Object.fromEntries(Object.entries(held).filter(([id]) => id !== prop));
  return to === null ? rest : { ...rest, [prop]: to };
}

/**
 * The props in hand a new action starts from. After an action, what it ends holding — even when
 * it was cut short before a hand-off (a fast reader), so a cut lands where a skip would and a
 * lighter set down stays down; after a story pose, what the hands hold now.
 */
export function handsToStartFrom(
  previous: ActionDef | null,
  heldNow: Readonly<Record<string, HeldProp>>,
): Readonly<Record<string, HeldProp>> {
  return previous ? previous.holds : heldNow;
}

/** The cues an action marks in (t0, t1]: what happened between two frames. */
export function cuesBetween(action: ActionDef, t0: number, t1: number): ActionCue[] {
  return action.cues.filter((c) => c.at > t0 && c.at <= t1);
}

/**
 * Where a figure comes to rest in a scene state: its last action's end (pose and props in
 * hand) while one is recorded, else its story pose with empty hands. What a restore draws.
 */
export function settledFigure(
  figure: FigureDef,
  storyPose: string,
  act: string | undefined,
): { pose: FigurePose; held: Readonly<Record<string, HeldProp>> } {
  const action = act === undefined ? undefined : figure.actions[act];
  if (action) return { pose: poseOf(figure, action.then), held: action.holds };
  const name = storyPose in figure.poses ? storyPose : (Object.keys(figure.poses)[0] ?? storyPose);
  return { pose: poseOf(figure, name), held: {} };
}

/** A story pose blend: `t` ms into a change of `ms` from `from` to `to`. */
export function sampleBlend(from: FigurePose, to: FigurePose, t: number, ms: number, options: MotionOptions): FigurePose {
  if (ms <= 0 || t >= ms) return to;
  return blendPoses(from, to, eased('inOut', keyProgress(0, ms, t, options.reduced)));
}

/** How far into a glance she is at `timeMs`: 0 away, 1 fully turned, eased in and out. */
export function glanceWeight(timeMs: number, seed: number): number {
  if (!(timeMs >= 0)) return 0;
  const { windowMs, holdMs, chance } = GLANCE;
  const index = Math.floor(timeMs / windowMs);
  if (hash01(index, seed) >= chance) return 0;
  const start = 1000 + hash01(index + 7919, seed) * (windowMs - holdMs - 2000);
  const at = timeMs - index * windowMs - start;
  if (at < 0 || at >= holdMs) return 0;
  const turn = 450;
  return eased('inOut', Math.min(at / turn, (holdMs - at) / turn, 1));
}

/** Whether the eyes are shut for a blink at `timeMs`: 130 ms, once in a seeded 2.5–6.5 s. */
export function blinking(timeMs: number, seed: number): boolean {
  if (!(timeMs >= 0)) return false;
  const windowMs = 4500;
  const index = Math.floor(timeMs / windowMs);
  const at = timeMs - index * windowMs;
  const start = 300 + hash01(index + 104_729, seed) * (windowMs - 700);
  return at >= start && at < start + 130;
}

export interface IdleOptions extends MotionOptions {
  /** Alone in the room: she glances at the stairs. */
  readonly alone: boolean;
  /** The story pose the figure rests in (the glance comes only from its own pose). */
  readonly restingIn: string | null;
  /** Busy with an action: no glance. */
  readonly busy: boolean;
}

/** The idle life laid over a pose: breath, weight shift, blink, the glance. Reduced motion keeps only the blink. */
export function withIdle(
  figure: FigureDef,
  pose: FigurePose,
  timeMs: number,
  phase: number,
  seed: number,
  options: IdleOptions,
): FigurePose {
  const { breathe, blink, glance } = figure.idle;
  let out: Record<string, PartPose> = { ...pose };
  if (glance && !options.reduced && !options.busy && options.alone && options.restingIn === glance.from) {
    const w = glanceWeight(timeMs, seed);
    if (w > 0) out = { ...blendPoses(out, poseOf(figure, glance.pose), w) };
  }
  if (breathe && !options.reduced) {
    const part = out[breathe.part];
    if (part) {
      const s = Math.sin((timeMs / breathe.periodMs) * Math.PI * 2 + phase);
      const sway = (swayAt(timeMs, phase) * 180) / Math.PI;
      out[breathe.part] = { ...part, y: part.y - breathe.y * (0.5 + 0.5 * s), a: part.a + breathe.a * s + sway };
    }
  }
  if (blink) {
    const part = out[blink.part];
    if (part?.tex === blink.open && blinking(timeMs, seed + Math.round(phase * 1000))) out[blink.part] = { ...part, tex: blink.closed };
  }
  return out;
}

export interface Placed {
  /** The pivot in figure units from the mark. */
  readonly x: number;
  readonly y: number;
  /** Radians. */
  readonly rotation: number;
  readonly alpha: number;
  readonly tex: string;
}

/** Where every part's pivot lands from the mark, parent by parent. */
export function placeParts(figure: FigureDef, pose: FigurePose): Readonly<Record<string, Placed>> {
  const out: Record<string, Placed> = {};
  for (const part of figure.parts) {
    const p = pose[part.id] ?? { a: 0, x: 0, y: 0, alpha: 1, tex: Object.keys(part.textures)[0] ?? '' };
    const parent = part.parent === null ? { x: 0, y: 0, rotation: 0 } : (out[part.parent] ?? { x: 0, y: 0, rotation: 0 });
    const lx = part.at[0] + p.x;
    const ly = part.at[1] + p.y;
    const c = Math.cos(parent.rotation);
    const s = Math.sin(parent.rotation);
    out[part.id] = {
      x: parent.x + lx * c - ly * s,
      y: parent.y + lx * s + ly * c,
      rotation: parent.rotation + (p.a * Math.PI) / 180,
      alpha: p.alpha,
      tex: p.tex,
    };
  }
  return out;
}

/** A prop held by a part: where it stands (its bottom centre) and its angle, in figure units from the mark. */
export function placeHeld(placed: Readonly<Record<string, Placed>>, held: HeldProp): { x: number; y: number; rotation: number } | null {
  const hand = placed[held.part];
  if (!hand) return null;
  const c = Math.cos(hand.rotation);
  const s = Math.sin(hand.rotation);
  return { x: hand.x + held.x * c - held.y * s, y: hand.y + held.x * s + held.y * c, rotation: hand.rotation + (held.a * Math.PI) / 180 };
}

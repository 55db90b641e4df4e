// The shape of levels/figures.json once validated: each character as parts with pivots, poses
// as angles and offsets per part, and actions as timed keys with props handed between the lid
// and a hand. The keyframe player (keyframes.ts) samples them; see docs/architecture.md.

/** A part's placement in a pose: an angle in degrees about its pivot, an offset, its opacity, which face it shows. */
export interface PartPose {
  readonly a: number;
  readonly x: number;
  readonly y: number;
  readonly alpha: number;
  /** The part's texture variant (eyes open, closed, down…). */
  readonly tex: string;
}

export interface PartDef {
  readonly id: string;
  /** The part it hangs from; null hangs from the figure's mark. */
  readonly parent: string | null;
  /** Where this part's pivot sits in the parent's frame (figure units, y up is negative). */
  readonly at: readonly [number, number];
  /** Draw order within the figure. */
  readonly depth: number;
  /** Variant → texture name; the first is the default. */
  readonly textures: Readonly<Record<string, string>>;
}

export type FigurePose = Readonly<Record<string, PartPose>>;

export type Ease = 'linear' | 'in' | 'out' | 'inOut';
export const EASES: readonly Ease[] = ['linear', 'in', 'out', 'inOut'];

/** From `at` for `ms` the figure moves into `pose`. */
export interface ActionKey {
  readonly at: number;
  readonly ms: number;
  readonly pose: string;
  readonly ease: Ease;
}

/** How a prop sits in a hand: an offset from the hand's pivot and an angle (figure units, degrees). */
export interface Grip {
  readonly x: number;
  readonly y: number;
  readonly a: number;
}

/** At `at` the prop goes to a part (a hand) or, with `to: null`, back to its place on the lid. */
export interface Handoff {
  readonly at: number;
  readonly prop: string;
  readonly to: string | null;
  readonly grip: Grip;
}

/** A moment an action marks for the room: a puff of smoke from the lips, the ember brightening. */
export interface ActionCue {
  readonly at: number;
  readonly cue: 'smoke' | 'ember';
  readonly part: string;
}

/**
 * A change in the room an action makes when the hand gets there: a prop's look (the lid the thumb
 * flips, the glass the bottle fills), a light (the flame the wheel strikes) or a sound (the lid's
 * click, the pour). The line's own tag still sets the state at once for the story (saves, skip)
 * and names the sound; the room shows or sounds it at `at` while the action plays for that line.
 * See src/scene/changeTimer.ts.
 */
export type ActionChange =
  | {
      readonly kind: 'prop';
      readonly at: number;
      readonly prop: string;
      readonly state: string;
      /** How long the look blends in from `at` (the glass filling as the bourbon runs); null: at the hand's moment. */
      readonly ms: number | null;
    }
  | { readonly kind: 'light'; readonly at: number; readonly light: string; readonly on: boolean }
  | { readonly kind: 'sfx'; readonly at: number; readonly cue: string };

/**
 * A stream the action pours from a held prop's mouth (the bottle's neck) into another prop's
 * (the glass's), from `at` to `until`. The room draws it; nothing in the story depends on it.
 */
export interface ActionPour {
  readonly at: number;
  readonly until: number;
  readonly from: string;
  readonly into: string;
}

export interface HeldProp extends Grip {
  readonly part: string;
}

export interface ActionDef {
  readonly id: string;
  readonly ms: number;
  readonly keys: readonly ActionKey[];
  readonly handoffs: readonly Handoff[];
  readonly cues: readonly ActionCue[];
  /** The room's changes the hand makes, in time order. */
  readonly changes: readonly ActionChange[];
  /** Streams it pours, in time order. */
  readonly pours: readonly ActionPour[];
  /** The figure pose it ends in (held there until the next action or story pose). */
  readonly then: string;
  /** The story pose (crypt.level.json) it puts the actor in, when it changes it: a walk ends somewhere. */
  readonly pose: string | null;
  /** Travel from the mark the figure was at to the new pose's mark, over this window. */
  readonly travel: { readonly at: number; readonly ms: number } | null;
  /** The props in hand when it ends, derived from its hand-offs. */
  readonly holds: Readonly<Record<string, HeldProp>>;
}

export interface IdleDef {
  /** The part that breathes, and by how much (units up, degrees). */
  readonly breathe: { readonly part: string; readonly y: number; readonly a: number; readonly periodMs: number } | null;
  /** The part that blinks: its `open` variant shows `closed` for a moment now and then. */
  readonly blink: { readonly part: string; readonly open: string; readonly closed: string } | null;
  /** The pose she glances into while she waits alone. */
  readonly glance: { readonly from: string; readonly pose: string } | null;
}

/** Where smoke leaves the figure: a point in a part's frame (figure units), the lips. */
export interface MouthDef {
  readonly part: string;
  readonly x: number;
  readonly y: number;
}

export interface FigureDef {
  readonly id: string;
  /** Screen pixels per figure unit. */
  readonly unit: number;
  readonly mouth: MouthDef;
  readonly parts: readonly PartDef[];
  readonly poses: Readonly<Record<string, FigurePose>>;
  readonly actions: Readonly<Record<string, ActionDef>>;
  readonly idle: IdleDef;
}

/** A part texture's extent around its pivot, in figure units: [left, top, right, bottom]. */
export type Box = readonly [number, number, number, number];

/** What a prop brings along when a hand carries it: its light, its smoke (screen px from its bottom centre). */
export interface CarriedDef {
  readonly light: string | null;
  readonly lightAt: readonly [number, number];
  readonly smokeAt: readonly [number, number] | null;
}

export interface FiguresDef {
  readonly figures: Readonly<Record<string, FigureDef>>;
  readonly boxes: Readonly<Record<string, Box>>;
  readonly carried: Readonly<Record<string, CarriedDef>>;
}

/** Every texture the figures draw. */
export function figureTextures(figures: FiguresDef): string[] {
  const names = new Set<string>();
  for (const figure of Object.values(figures.figures)) {
    for (const part of figure.parts) for (const texture of Object.values(part.textures)) names.add(texture);
  }
  return [...names].sort();
}

// When the room shows a change the story has already made. A line's `prop:` and `light:` tags set
// the scene state at once (saves and skips read it there); the picture shows a change at once too,
// unless an action begun for the same line makes it with the hand (`changes` in
// levels/figures.json): then the old look stays until the action reaches that moment — the lid
// opens when the thumb flips it, the flame stands up when the wheel turns. A line's `sfx:` sound
// waits the same way for the moment the action names for it: the click with the thumb, the pour
// with the tilt. Nothing is ever lost:
// an action cut short, a later change to the same thing, or a new action of the same figure shows
// what waited at once, so the picture always ends on the scene state. Pure, on the game clock; the
// crypt scene (src/game/scenes/CryptScene.ts) asks it once a frame what to show.
import type { ActionChange, ActionDef } from './figures';
import type { Command } from '../story/commands';

/** A change the room shows or sounds: a prop's look, a light, a sound. */
export type RoomChange = Extract<Command, { readonly kind: 'prop' | 'light' | 'sfx' }>;

/** A change to show now, and over how long it blends. */
export interface ShownChange {
  readonly change: RoomChange;
  readonly ms: number;
}

/**
 * A change shown at the hand's moment happens then, as a lid flips or a flame catches, rather
 * than over the line's slow blend (900 ms, which would have the flame still swelling after the
 * wheel has turned).
 */
export const AT_HAND_MS = 120;

interface Waiting {
  readonly actor: string;
  readonly due: number;
  readonly shown: ShownChange;
}

function target(change: RoomChange): string {
  switch (change.kind) {
    case 'prop':
      return `prop ${change.prop}`;
    case 'light':
      return `light ${change.light}`;
    case 'sfx':
      return `sfx ${change.cue}`;
  }
}

function asRoomChange(change: ActionChange): RoomChange {
  switch (change.kind) {
    case 'prop':
      return { kind: 'prop', prop: change.prop, state: change.state };
    case 'light':
      return { kind: 'light', light: change.light, on: change.on };
    case 'sfx':
      return { kind: 'sfx', cue: change.cue };
  }
}

function same(a: RoomChange, b: RoomChange): boolean {
  if (a.kind === 'prop' && b.kind === 'prop') return a.prop === b.prop && a.state === b.state;
  if (a.kind === 'light' && b.kind === 'light') return a.light === b.light && a.on === b.on;
  if (a.kind === 'sfx' && b.kind === 'sfx') return a.cue === b.cue;
  return false;
}

export class ChangeTimer {
  /** Changes the story made since the last frame, in its order. */
  private arrived: ShownChange[] = [];
  /** Actions begun since the last frame: a line's tags all arrive between two frames, in any order. */
  private readonly begun = new Map<string, { readonly action: ActionDef; readonly start: number }>();
  private waiting: Waiting[] = [];
  /** Changes to show on the next frame whatever the clock says. */
  private ready: ShownChange[] = [];

  /** The story changed a prop or a light, or sounded a cue; a look blends over `ms` when it shows. */
  change(change: RoomChange, ms: number): void {
    this.arrived.push({ change, ms });
  }

  /** A figure begins an action at `now`: whatever waited on its last action shows at once. */
  act(actor: string, action: ActionDef, now: number): void {
    this.release((w) => w.actor === actor);
    this.begun.set(actor, { action, start: now });
  }

  /** A figure's action is cut short by a story pose: what waited on it shows at once. */
  stop(actor: string): void {
    this.release((w) => w.actor === actor);
    this.begun.delete(actor);
  }

  /** A whole state is drawn at once (a load, a skip): nothing waits any more. */
  clear(): void {
    this.arrived = [];
    this.begun.clear();
    this.waiting = [];
    this.ready = [];
  }

  /** Once a frame: the changes to show now, in the order the story made them. */
  due(now: number): ShownChange[] {
    for (const shown of this.arrived) {
      // A later change of the same thing: what waited for it shows first, then this one.
      this.release((w) => target(w.shown.change) === target(shown.change));
      const timed = this.timedBy(shown.change);
      if (timed.length === 0) this.ready.push(shown);
      else for (const w of timed) this.waiting.push(w);
    }
    this.arrived = [];
    this.begun.clear();
    this.release((w) => w.due <= now);
    const out = this.ready;
    this.ready = [];
    return out;
  }

  /** Whether anything still waits for a hand (the page reports it for the browser specs). */
  get pending(): number {
    return this.waiting.length;
  }

  /**
   * The timed looks an action begun this frame gives a change: the action's entries for that
   * prop or light up to the one that matches it. Earlier ones are looks on the way (the cigarette
   * shows unlit in her hand before it catches); none when no action makes this change.
   */
  private timedBy(change: RoomChange): Waiting[] {
    for (const [actor, { action, start }] of this.begun) {
      const own = action.changes.filter((c) => target(asRoomChange(c)) === target(change));
      const end = own.findIndex((c) => same(asRoomChange(c), change));
      if (end < 0) continue;
      return own.slice(0, end + 1).map((c) => ({
        actor,
        due: start + c.at,
        shown: { change: asRoomChange(c), ms: (c.kind === 'prop' ? c.ms : null) ?? AT_HAND_MS },
      }));
    }
    return [];
  }

  private release(which: (w: Waiting) => boolean): void {
    const [now, later] = [this.waiting.filter(which), this.waiting.filter((w) => !which(w))];
    this.waiting = later;
    for (const w of now.sort((a, b) => a.due - b.due)) this.ready.push(w.shown);
  }
}

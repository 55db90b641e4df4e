// A gamepad, read: each poll's buttons and stick (the Gamepad API's standard mapping) become
// intents on the edges — a press, a release — and held directions repeat like a held key.
// Pure: the adapter hands in plain snapshots and the time, so all of it is tested in Node.
import type { Direction, Intent } from './intents';

/** The standard mapping's buttons that mean something here. */
export const PAD = { bottom: 0, right: 1, left: 2, top: 3, view: 8, start: 9, up: 12, down: 13, leftPad: 14, rightPad: 15 } as const;

/** A held direction repeats after this long, then this often: the feel of a held arrow key. */
export const REPEAT_AFTER_MS = 400;
export const REPEAT_EVERY_MS = 120;
/** The stick counts as pushed past this, and as back in the middle below the release point. */
const STICK_PRESS = 0.55;
const STICK_RELEASE = 0.35;

export interface PadSnapshot {
  readonly buttons: readonly boolean[];
  readonly axes: readonly number[];
}

export interface PadOptions {
  /** Confirm on the right face button and back on the bottom one. */
  readonly swapAB: boolean;
}

export class PadReader {
  private held: readonly boolean[] = [];
  private direction: { readonly which: Direction; readonly since: number; repeats: number } | null = null;

  /** The intents since the last read. */
  read(pad: PadSnapshot, now: number, options: PadOptions): Intent[] {
    const intents: Intent[] = [];
    const pressed = (i: number): boolean => pad.buttons[i] === true && this.held[i] !== true;
    const released = (i: number): boolean => pad.buttons[i] !== true && this.held[i] === true;
    const confirm = options.swapAB ? PAD.right : PAD.bottom;
    const cancel = options.swapAB ? PAD.bottom : PAD.right;
    if (pressed(confirm)) intents.push({ kind: 'advance' }, { kind: 'lean', held: true });
    if (released(confirm)) intents.push({ kind: 'lean', held: false });
    if (pressed(cancel)) intents.push({ kind: 'back', held: true });
    if (released(cancel)) intents.push({ kind: 'back', held: false });
    if (pressed(PAD.start)) intents.push({ kind: 'pause' });
    if (pressed(PAD.view)) intents.push({ kind: 'history' });
    intents.push(...this.directions(pad, now));
    this.held = [...pad.buttons];
    return intents;
  }

  /** The pad went away: whatever it held is let go. */
  releaseAll(): Intent[] {
    const wasHeld = this.held.some(Boolean);
    this.held = [];
    this.direction = null;
    return wasHeld
      ? [
          { kind: 'lean', held: false },
          { kind: 'back', held: false },
        ]
      : [];
  }

  private directions(pad: PadSnapshot, now: number): Intent[] {
    const which = this.pointing(pad);
    if (which === null) {
      this.direction = null;
      return [];
    }
    if (this.direction?.which !== which) {
      this.direction = { which, since: now, repeats: 0 };
      return [{ kind: 'navigate', direction: which, repeat: false }];
    }
    const due = Math.floor((now - this.direction.since - REPEAT_AFTER_MS) / REPEAT_EVERY_MS) + 1;
    if (due <= this.direction.repeats) return [];
    this.direction.repeats = due;
    return [{ kind: 'navigate', direction: which, repeat: true }];
  }

  /** The D-pad first; else the left stick, with a dead zone and a little hysteresis. */
  private pointing(pad: PadSnapshot): Direction | null {
    const b = pad.buttons;
    if (b[PAD.up] === true) return 'up';
    if (b[PAD.down] === true) return 'down';
    if (b[PAD.leftPad] === true) return 'left';
    if (b[PAD.rightPad] === true) return 'right';
    const x = pad.axes[0] ?? 0;
    const y = pad.axes[1] ?? 0;
    const threshold = this.direction ? STICK_RELEASE : STICK_PRESS;
    if (Math.max(Math.abs(x), Math.abs(y)) < threshold) return null;
    if (Math.abs(y) >= Math.abs(x)) return y < 0 ? 'up' : 'down';
    return x < 0 ? 'left' : 'right';
  }
}

// Rebinding keys: pure rules for what a key may do and how a clash is settled, so the
// settings panel stays a view and the rules are tested in Node.
import type { Say } from '../lang/strings';
import { ACTIONS, type Action } from './settings';

export type Bindings = Readonly<Record<Action, readonly string[]>>;

/** Keys the game keeps for itself: moving focus, picking choices, using the focused object. */
const RESERVED =
  /^(Tab|Arrow(Up|Down|Left|Right)|Digit[1-9]|Numpad[1-9]|KeyE|ShiftLeft|ShiftRight|ControlLeft|ControlRight|AltLeft|AltRight|MetaLeft|MetaRight)$/;

/**
 * Actions that may share a key because they never listen at the same time: leaning is only
 * for the cutscene's hold step, where advancing does nothing.
 */
const MAY_SHARE: readonly (readonly [Action, Action])[] = [['lean', 'advance']];

function mayShare(a: Action, b: Action): boolean {
  return MAY_SHARE.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

export type RebindResult =
  | { readonly ok: true; readonly keys: Bindings; readonly moved: { readonly action: Action; readonly keys: readonly string[] } | null }
  /** The key is one the game keeps for itself (the view words why). */
  | { readonly ok: false; readonly reserved: string };

/**
 * Binds `code` as the one key for `action`. When another action already uses that key it
 * loses it, and if that leaves it with no key it takes the key `action` gave up (a swap), so
 * no action is ever left unreachable.
 */
export function rebind(keys: Bindings, action: Action, code: string): RebindResult {
  if (RESERVED.test(code)) return { ok: false, reserved: code };
  const next: Record<Action, readonly string[]> = { ...keys };
  const given = keys[action];
  next[action] = [code];
  let moved: { action: Action; keys: readonly string[] } | null = null;
  for (const other of ACTIONS) {
    if (other === action || mayShare(other, action) || !keys[other].includes(code)) continue;
    let remaining = keys[other].filter((k) => k !== code);
    if (remaining.length === 0) {
      const spare = given.filter(
        (k) => k !== code && !ACTIONS.some((a) => a !== other && a !== action && !mayShare(a, other) && next[a].includes(k)),
      );
      remaining = spare.length > 0 ? [spare[0] ?? ''] : [];
    }
    next[other] = remaining;
    moved = { action: other, keys: remaining };
  }
  return { ok: true, keys: next, moved };
}

const NAMED: Readonly<Record<string, string>> = {
  Space: 'key.space',
  Enter: 'key.enter',
  Escape: 'key.escape',
  Backspace: 'key.backspace',
  Tab: 'key.tab',
  ShiftLeft: 'key.shift_left',
  ShiftRight: 'key.shift_right',
  ControlLeft: 'key.control_left',
  ControlRight: 'key.control_right',
  AltLeft: 'key.alt_left',
  AltRight: 'key.alt_right',
  Delete: 'key.delete',
  Home: 'key.home',
  End: 'key.end',
  PageUp: 'key.page_up',
  PageDown: 'key.page_down',
};
const ARROWS: Readonly<Record<string, string>> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→' };

/**
 * What the keys of the player's keyboard print, by KeyboardEvent.code (the browser's keyboard
 * layout map): on an AZERTY keyboard the key at `KeyQ` prints "a". Bindings are physical codes,
 * so a prompt must name the cap the player sees, not the US one.
 */
export type KeyCaps = ReadonlyMap<string, string>;

/** The name a player knows a key by, from a KeyboardEvent.code, in the player's language. */
export function keyLabel(code: string, say: Say, caps?: KeyCaps): string {
  const named = NAMED[code];
  if (named) return say(named);
  const arrow = ARROWS[code];
  if (arrow) return arrow;
  const printed = caps?.get(code);
  if (printed && printed.trim() !== '' && !code.startsWith('Numpad')) return printed.toLocaleUpperCase();
  const letter = /^Key([A-Z])$/.exec(code);
  if (letter?.[1]) return letter[1];
  const digit = /^(Digit|Numpad)(\d)$/.exec(code);
  if (digit?.[2]) return digit[1] === 'Numpad' ? say('key.numpad', { digit: digit[2] }) : digit[2];
  return code.replace(/^F(\d+)$/, 'F$1');
}

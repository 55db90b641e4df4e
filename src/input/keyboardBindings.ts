// A key press, translated: what the player's bindings (and the few keys the game keeps for
// itself) say a key stands for. No rule about what it then does lives here: that is the
// router's. Pure, so the translation is tested in Node.
import type { Bindings } from '../save/keyBindings';
import type { Direction, Intent } from './intents';

const ARROWS: Readonly<Record<string, Direction>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

export interface KeyPress {
  readonly code: string;
  readonly down: boolean;
  /** The key is held and the system is repeating it. */
  readonly repeat: boolean;
  readonly shift: boolean;
}

/** The intents one key event stands for, in the order they should be routed. */
export function keyIntents(press: KeyPress, keys: Bindings): Intent[] {
  const { code, down, repeat } = press;
  const bound = (action: keyof Bindings): boolean => keys[action].includes(code);
  const intents: Intent[] = [];
  if (down) intents.push({ kind: 'key', code });
  const direction = ARROWS[code];
  if (direction !== undefined) {
    if (down) intents.push({ kind: 'navigate', direction, repeat });
    return intents;
  }
  if (code === 'Tab') {
    if (down) intents.push({ kind: 'tab', backward: press.shift });
    return intents;
  }
  // Held keys say when they go down and when they come up; a repeat is not a new press.
  if (bound('lean') && !repeat) intents.push({ kind: 'lean', held: down });
  if (bound('back') && !repeat) intents.push({ kind: 'back', held: down });
  if (bound('skip') && !repeat) intents.push({ kind: 'skip', held: down });
  if (!down || repeat) return intents;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(code);
  if (digit?.[1] !== undefined) intents.push({ kind: 'choose', position: Number(digit[1]) - 1 });
  if (code === 'KeyE') intents.push({ kind: 'activate' });
  if (bound('advance')) intents.push({ kind: 'advance' });
  if (bound('history')) intents.push({ kind: 'history' });
  if (bound('mute')) intents.push({ kind: 'mute' });
  if (bound('fullscreen')) intents.push({ kind: 'fullscreen' });
  return intents;
}

// The keyboard adapter: key events on the window, translated by the player's bindings into
// intents and handed on. It decides nothing; it only asks whether the browser's own handling
// should go ahead (so Space and the arrows never scroll an itch.io page around the game, and
// a text field still gets its typing).
import type { Bindings } from '../save/keyBindings';
import type { Intent } from './intents';
import { keyIntents } from './keyboardBindings';

/** Hands the intents of one event on; returns whether the browser's default should still happen. */
export type SendIntents = (intents: readonly Intent[], at: number) => boolean;

export function listenToKeyboard(target: Window, keys: () => Bindings, send: SendIntents): () => void {
  const handle = (event: KeyboardEvent, down: boolean): void => {
    const intents = keyIntents({ code: event.code, down, repeat: event.repeat, shift: event.shiftKey }, keys());
    if (intents.length > 0 && !send(intents, event.timeStamp)) event.preventDefault();
  };
  const down = (event: KeyboardEvent): void => handle(event, true);
  const up = (event: KeyboardEvent): void => handle(event, false);
  // Keys held when the window loses focus never send their key-up: let go of them now.
  const blur = (): void => {
    send(
      [
        { kind: 'lean', held: false },
        { kind: 'back', held: false },
        { kind: 'skip', held: false },
      ],
      performance.now(),
    );
  };
  target.addEventListener('keydown', down);
  target.addEventListener('keyup', up);
  target.addEventListener('blur', blur);
  return () => {
    target.removeEventListener('keydown', down);
    target.removeEventListener('keyup', up);
    target.removeEventListener('blur', blur);
  };
}

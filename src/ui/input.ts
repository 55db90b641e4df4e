// Keyboard intents. Keys are looked up in the player's bindings; Space and the arrows never
// scroll the page around the game (an itch.io embed sits in a scrolling page).
import type { Action, Settings } from '../save/settings';

export interface InputTargets {
  /** What has the keyboard: the story, or a menu/panel that handles its own keys. */
  readonly context: () => 'story' | 'menu' | 'cutscene';
  readonly advance: () => void;
  readonly choose: (position: number) => void;
  readonly moveFocus: (step: number) => void;
  readonly useFocused: () => boolean;
  readonly hasChoicesOrObjects: () => boolean;
  readonly action: (action: Action, down: boolean) => void;
}

const SCROLL_KEYS = new Set(['Space', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown']);

export function bindKeyboard(target: Window, settings: () => Settings, t: InputTargets): () => void {
  // Lean shares Space with advance by default, so it only counts inside cutscenes.
  const actionFor = (code: string, inCutscene: boolean): Action | null => {
    const keys = settings().keys;
    const order = inCutscene ? (['pause', 'mute', 'fullscreen', 'history', 'skip', 'lean', 'advance'] as const) : (['pause', 'mute', 'fullscreen', 'history', 'skip', 'advance'] as const);
    for (const action of order) {
      if (keys[action].includes(code)) return action;
    }
    return null;
  };

  const down = (event: KeyboardEvent): void => {
    const active = document.activeElement;
    // Form controls and scrolling regions (history, credits) use the arrows and Space themselves.
    const ownsKeys = active instanceof HTMLInputElement || active instanceof HTMLSelectElement || (active instanceof HTMLElement && active.dataset.ownsArrows !== undefined);
    if (SCROLL_KEYS.has(event.code) && !ownsKeys) event.preventDefault();
    const context = t.context();
    const action = actionFor(event.code, context === 'cutscene');
    if (action === 'pause' || action === 'mute' || action === 'fullscreen' || action === 'history') {
      if (!event.repeat) t.action(action, true);
      event.preventDefault();
      return;
    }
    if (context === 'cutscene') {
      if ((action === 'lean' || action === 'skip' || action === 'advance') && !event.repeat) t.action(action, true);
      return;
    }
    if (context !== 'story') {
      // Menus are buttons: Space/Enter press them natively; arrows walk them.
      if (ownsKeys) return;
      if (event.code === 'ArrowDown' || event.code === 'ArrowRight') t.moveFocus(1);
      if (event.code === 'ArrowUp' || event.code === 'ArrowLeft') t.moveFocus(-1);
      // Space's default was prevented above (no page scroll), so press the button here.
      if (event.code === 'Space' && active instanceof HTMLButtonElement && !event.repeat) active.click();
      return;
    }
    const digit = /^Digit([1-9])$/.exec(event.code) ?? /^Numpad([1-9])$/.exec(event.code);
    if (digit?.[1] !== undefined) {
      t.choose(Number(digit[1]) - 1);
      return;
    }
    if (event.code === 'ArrowDown' || event.code === 'ArrowRight') { t.moveFocus(1); return; }
    if (event.code === 'ArrowUp' || event.code === 'ArrowLeft') { t.moveFocus(-1); return; }
    if (event.code === 'KeyE' && !event.repeat) {
      t.useFocused();
      return;
    }
    if (action === 'advance' && !event.repeat) {
      if (t.hasChoicesOrObjects()) {
        // A focused choice or object is a button: Enter/Space press it.
        if (!t.useFocused()) t.moveFocus(1);
        event.preventDefault();
        return;
      }
      event.preventDefault();
      t.advance();
    }
    if (action === 'skip' && !event.repeat) t.action('skip', true);
  };
  const up = (event: KeyboardEvent): void => {
    const action = actionFor(event.code, t.context() === 'cutscene');
    if (action === 'lean' || action === 'skip' || action === 'pause') t.action(action, false);
  };
  target.addEventListener('keydown', down);
  target.addEventListener('keyup', up);
  return () => {
    target.removeEventListener('keydown', down);
    target.removeEventListener('keyup', up);
  };
}

// Key bindings in the settings panel: each action shows its keys and a button that waits for
// the next key press (Esc cancels, as does a press anywhere else). The input layer hands the
// key in (`take`) while `listening`; the rules — reserved keys, clashes, swaps — are in
// src/save/keyBindings.ts. This file only shows.
import { keysFor } from '../../input/prompts';
import type { Say } from '../../lang/strings';
import { keyLabel, rebind, type Bindings, type KeyCaps } from '../../save/keyBindings';
import { DEFAULT_KEYS, type Action } from '../../save/settings';
import { button, el } from '../dom';

/** Each action's name, by its key in the string tables. */
const NAMES: Readonly<Record<Action, string>> = {
  advance: 'keys.advance',
  history: 'keys.history',
  back: 'keys.back',
  mute: 'keys.mute',
  fullscreen: 'keys.fullscreen',
  skip: 'keys.skip',
  lean: 'keys.lean',
};
const SHOWN: readonly Action[] = ['advance', 'history', 'back', 'mute', 'fullscreen', 'skip', 'lean'];

export interface KeyHooks {
  readonly get: () => Bindings;
  readonly set: (keys: Bindings) => void;
  readonly say: Say;
  /** What the player's keys print, when the browser says (an AZERTY "A" sits at KeyQ). */
  readonly caps: () => KeyCaps | undefined;
}

export interface KeyControls {
  readonly rows: HTMLElement;
  readonly sync: () => void;
  /** Whether a button is waiting for the next key. */
  readonly listening: boolean;
  /** The next key, handed in by the input layer while listening. */
  readonly take: (code: string) => void;
  readonly cancel: () => void;
}

export function keyBindingControls(hooks: KeyHooks): KeyControls {
  const status = el('p', { class: 'setting-hint keys-status', role: 'status' });
  const buttons = new Map<Action, HTMLButtonElement>();
  let listening: Action | null = null;
  const { say } = hooks;
  const name = (action: Action): string => say(NAMES[action]);
  const keysLabel = (keys: readonly string[]): string => keysFor(keys, say, hooks.caps());

  const label = (action: Action): string => say('keys.row', { action: name(action), keys: keysLabel(hooks.get()[action]) });
  const sync = (): void => {
    for (const [action, b] of buttons) {
      if (listening === action) continue;
      b.querySelector('.key-caps')?.replaceChildren(keysLabel(hooks.get()[action]));
      b.setAttribute('aria-label', label(action));
    }
  };

  const cancel = (): void => {
    if (listening === null) return;
    const action = listening;
    listening = null;
    const b = buttons.get(action);
    b?.classList.remove('listening');
    if (b) delete b.dataset.capturing;
    status.textContent = say('keys.kept', { keys: keysLabel(hooks.get()[action]), action: name(action) });
    sync();
  };

  const take = (code: string): void => {
    const action = listening;
    if (action === null) return;
    const b = buttons.get(action);
    const result = rebind(hooks.get(), action, code);
    if (!result.ok) {
      status.textContent = say('keys.reserved', { key: keyLabel(result.reserved, say, hooks.caps()) });
      return;
    }
    hooks.set(result.keys);
    listening = null;
    b?.classList.remove('listening');
    if (b) delete b.dataset.capturing;
    sync();
    const key = keyLabel(code, say, hooks.caps());
    status.textContent = result.moved
      ? say('keys.moved', { action: name(action), key, other: name(result.moved.action), otherKeys: keysLabel(result.moved.keys) })
      : say('keys.now', { action: name(action), key });
    b?.focus();
  };

  const listen = (action: Action): void => {
    cancel();
    const b = buttons.get(action);
    if (!b) return;
    listening = action;
    b.classList.add('listening');
    b.dataset.capturing = '';
    b.querySelector('.key-caps')?.replaceChildren(say('keys.press'));
    b.setAttribute('aria-label', say('keys.listening_label', { action: name(action) }));
    status.textContent = say('keys.listening', { action: name(action) });
  };

  const rows = el('div', { class: 'key-bindings' });
  for (const action of SHOWN) {
    const b = button('', () => (listening === action ? cancel() : listen(action)), { class: 'key-button' });
    b.replaceChildren(el('span', { class: 'key-caps' }));
    buttons.set(action, b);
    rows.append(
      el('div', { class: 'setting key-row' }, [el('span', { class: 'key-name', 'data-text': NAMES[action], 'aria-hidden': 'true' }), b]),
    );
  }
  const reset = button(
    '',
    () => {
      cancel();
      hooks.set(DEFAULT_KEYS);
      status.textContent = say('keys.reset_done');
    },
    { class: 'key-reset', 'data-text': 'keys.reset' },
  );
  rows.append(reset, status);
  sync();
  return {
    rows,
    sync,
    get listening() {
      return listening !== null;
    },
    take,
    cancel,
  };
}

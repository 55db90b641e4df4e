// Key bindings in the settings panel: each action shows its keys and a button that waits for
// the next key press (Esc cancels, as does a press anywhere else). The input layer hands the
// key in (`take`) while `listening`; the rules — reserved keys, clashes, swaps — are in
// src/save/keyBindings.ts. This file only shows.
import { keyLabel, rebind, type Bindings } from '../../save/keyBindings';
import { DEFAULT_KEYS, type Action } from '../../save/settings';
import { button, el } from '../dom';

const NAMES: Readonly<Record<Action, string>> = {
  advance: 'Advance text',
  history: 'History',
  back: 'Pause / back (hold to skip)',
  mute: 'Mute',
  fullscreen: 'Fullscreen',
  skip: 'Skip',
  lean: 'Lean in (hold)',
};
const SHOWN: readonly Action[] = ['advance', 'history', 'back', 'mute', 'fullscreen', 'skip', 'lean'];

export interface KeyHooks {
  readonly get: () => Bindings;
  readonly set: (keys: Bindings) => void;
}

export function keysLabel(keys: readonly string[]): string {
  return keys.length === 0 ? 'no key' : keys.map(keyLabel).join(' or ');
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

  const label = (action: Action): string => `${NAMES[action]}: ${keysLabel(hooks.get()[action])}. Change`;
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
    status.textContent = `Kept ${keysLabel(hooks.get()[action])} for ${NAMES[action]}.`;
    sync();
  };

  const take = (code: string): void => {
    const action = listening;
    if (action === null) return;
    const b = buttons.get(action);
    const result = rebind(hooks.get(), action, code);
    if (!result.ok) {
      status.textContent = `${result.reason}. Press another key, or Esc to cancel.`;
      return;
    }
    hooks.set(result.keys);
    const moved = result.moved ? ` ${NAMES[result.moved.action]} is now ${keysLabel(result.moved.keys)}.` : '';
    listening = null;
    b?.classList.remove('listening');
    if (b) delete b.dataset.capturing;
    sync();
    status.textContent = `${NAMES[action]} is now ${keyLabel(code)}.${moved}`;
    b?.focus();
  };

  const listen = (action: Action): void => {
    cancel();
    const b = buttons.get(action);
    if (!b) return;
    listening = action;
    b.classList.add('listening');
    b.dataset.capturing = '';
    b.querySelector('.key-caps')?.replaceChildren('Press a key…');
    b.setAttribute('aria-label', `${NAMES[action]}: press a key, or Esc to cancel`);
    status.textContent = `Press the new key for ${NAMES[action]}, or Esc to cancel.`;
  };

  const rows = el('div', { class: 'key-bindings' });
  for (const action of SHOWN) {
    const b = button('', () => (listening === action ? cancel() : listen(action)), { class: 'key-button' });
    b.replaceChildren(el('span', { class: 'key-caps' }));
    buttons.set(action, b);
    rows.append(el('div', { class: 'setting key-row' }, [el('span', { class: 'key-name', text: NAMES[action], 'aria-hidden': 'true' }), b]));
  }
  const reset = button('Reset keys to defaults', () => {
    cancel();
    hooks.set(DEFAULT_KEYS);
    status.textContent = 'Keys reset to their defaults.';
  }, { class: 'key-reset' });
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

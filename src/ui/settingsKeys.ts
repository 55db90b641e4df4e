// Key bindings in the settings panel: each action shows its keys and a button that waits for
// the next key press (Esc cancels). The rules — reserved keys, clashes, swaps — are in
// src/save/keyBindings.ts; this file only listens and shows.
import { keyLabel, rebind, type Bindings } from '../save/keyBindings';
import { DEFAULT_KEYS, type Action } from '../save/settings';
import { button, el } from './dom';

const NAMES: Readonly<Record<Action, string>> = {
  advance: 'Advance text',
  history: 'History',
  pause: 'Pause',
  mute: 'Mute',
  fullscreen: 'Fullscreen',
  skip: 'Skip',
  lean: 'Lean in (hold)',
};
const SHOWN: readonly Action[] = ['advance', 'history', 'pause', 'mute', 'fullscreen', 'skip', 'lean'];

export interface KeyHooks {
  readonly get: () => Bindings;
  readonly set: (keys: Bindings) => void;
}

export function keysLabel(keys: readonly string[]): string {
  return keys.length === 0 ? 'no key' : keys.map(keyLabel).join(' or ');
}

export function keyBindingControls(hooks: KeyHooks): { rows: HTMLElement; sync: () => void; cancel: () => void } {
  const status = el('p', { class: 'setting-hint keys-status', role: 'status' });
  const buttons = new Map<Action, HTMLButtonElement>();
  let listening: { action: Action; stop: () => void } | null = null;

  const label = (action: Action): string => `${NAMES[action]}: ${keysLabel(hooks.get()[action])}. Change`;
  const sync = (): void => {
    for (const [action, b] of buttons) {
      if (listening?.action === action) continue;
      b.querySelector('.key-caps')?.replaceChildren(keysLabel(hooks.get()[action]));
      b.setAttribute('aria-label', label(action));
    }
  };

  const cancel = (): void => {
    if (!listening) return;
    const { action, stop } = listening;
    listening = null;
    stop();
    buttons.get(action)?.classList.remove('listening');
    sync();
  };

  const listen = (action: Action): void => {
    cancel();
    const b = buttons.get(action);
    if (!b) return;
    // Capture phase on window, so the game's own key handling never sees this key.
    const onKey = (event: KeyboardEvent): void => {
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.repeat) return;
      if (event.code === 'Escape') {
        status.textContent = `Kept ${keysLabel(hooks.get()[action])} for ${NAMES[action]}.`;
        cancel();
        b.focus();
        return;
      }
      const result = rebind(hooks.get(), action, event.code);
      if (!result.ok) {
        status.textContent = `${result.reason}. Press another key, or Esc to cancel.`;
        return;
      }
      hooks.set(result.keys);
      const moved = result.moved ? ` ${NAMES[result.moved.action]} is now ${keysLabel(result.moved.keys)}.` : '';
      status.textContent = `${NAMES[action]} is now ${keyLabel(event.code)}.${moved}`;
      cancel();
      b.focus();
    };
    // A click anywhere else gives up waiting, so a mouse player is never stuck.
    const onPointer = (event: Event): void => {
      if (event.target !== b && !b.contains(event.target as Node)) cancel();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    listening = {
      action,
      stop: () => {
        window.removeEventListener('keydown', onKey, true);
        window.removeEventListener('pointerdown', onPointer, true);
      },
    };
    b.classList.add('listening');
    b.querySelector('.key-caps')?.replaceChildren('Press a key…');
    b.setAttribute('aria-label', `${NAMES[action]}: press a key, or Esc to cancel`);
    status.textContent = `Press the new key for ${NAMES[action]}, or Esc to cancel.`;
  };

  const rows = el('div', { class: 'key-bindings' });
  for (const action of SHOWN) {
    const b = button('', () => (listening?.action === action ? cancel() : listen(action)), { class: 'key-button' });
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
  return { rows, sync, cancel };
}

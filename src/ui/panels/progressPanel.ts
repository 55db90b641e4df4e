// The progress code panel (from the pause menu and the settings): the player's place as text to
// copy, and a field to paste one from another browser or device. A pasted code is read first and
// only loaded when the player confirms; one that is damaged, from another game or from another
// version of the story is refused, saying why, and nothing here is overwritten.
import type { CodeProblem, DecodeResult } from '../../save/progressCode';
import type { SaveData } from '../../save/saveGame';
import { button, el } from '../dom';
import type { Panel, PanelHooks } from './panelStack';
import { panelFrame } from './panelStack';

export interface ProgressHooks extends PanelHooks {
  /** The player's place now as a code, or null when there is nothing to carry. */
  readonly code: () => Promise<string | null>;
  readonly read: (text: string) => Promise<DecodeResult>;
  readonly load: (save: SaveData) => void;
}

const PROBLEM_KEYS: Readonly<Record<CodeProblem, string>> = {
  empty: 'progress.problem.empty',
  'not-a-code': 'progress.problem.not_a_code',
  damaged: 'progress.problem.damaged',
  newer: 'progress.problem.newer',
  'other-story': 'progress.problem.other_story',
};

export function createProgressPanel(hooks: ProgressHooks): Panel {
  const { say } = hooks;
  const { root, body } = panelFrame('progress', 'progress.heading', 'panel-progress');

  const yours = el('textarea', {
    id: 'progress-code-out',
    class: 'progress-code',
    readonly: true,
    rows: 3,
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const copyStatus = el('p', { class: 'setting-hint progress-status', role: 'status' });
  const copy = button('', () => void copyCode(), { id: 'progress-copy', 'data-text': 'progress.copy' });
  const nothing = el('p', { class: 'setting-hint', 'data-text': 'progress.nothing' });
  const copyPart = el('div', { class: 'progress-part' }, [
    el('label', { for: yours.id, 'data-text': 'progress.yours' }),
    yours,
    el('div', { class: 'progress-actions' }, [copy]),
    copyStatus,
  ]);

  const pasted = el('textarea', {
    id: 'progress-code-in',
    class: 'progress-code',
    rows: 3,
    spellcheck: 'false',
    autocomplete: 'off',
    autocapitalize: 'off',
  });
  const message = el('p', { class: 'progress-message', role: 'alert' });
  const check = button('', () => void readCode(), { id: 'progress-read', 'data-text': 'progress.read' });
  const confirm = button('', () => loadRead(), { id: 'progress-load', class: 'progress-confirm', 'data-text': 'progress.load' });
  const cancel = button('', () => forget(), { id: 'progress-cancel', 'data-text': 'progress.cancel' });
  const confirmRow = el('div', { class: 'progress-actions' }, [confirm, cancel]);
  const pastePart = el('div', { class: 'progress-part' }, [
    el('label', { for: pasted.id, 'data-text': 'progress.paste' }),
    pasted,
    el('div', { class: 'progress-actions' }, [check]),
    message,
    confirmRow,
  ]);

  body.append(el('p', { class: 'panel-note', 'data-text': 'progress.intro' }), nothing, copyPart, pastePart);
  root.querySelector('.panel-card')?.append(button('', hooks.close, { class: 'panel-close', 'data-text': 'progress.done' }));

  let ready: SaveData | null = null;
  // A paste changes what would be loaded: the player reads it again first.
  pasted.addEventListener('input', () => forget());
  yours.addEventListener('focus', () => yours.select());

  async function copyCode(): Promise<void> {
    yours.select();
    let copied = false;
    try {
      await navigator.clipboard.writeText(yours.value);
      copied = true;
    } catch {
      // No clipboard here (an iframe without the permission, an old browser): the code is selected to copy by hand.
    }
    copyStatus.dataset.text = copied ? 'progress.copied' : 'progress.copy_by_hand';
    copyStatus.textContent = say(copyStatus.dataset.text);
  }

  async function readCode(): Promise<void> {
    forget();
    const result = await hooks.read(pasted.value);
    if (!result.ok) {
      tell(PROBLEM_KEYS[result.problem], 'refused');
      return;
    }
    ready = result.save;
    const when = savedWhen(result.save.savedAt, hooks.lang());
    tell('progress.ready', 'ready', { when });
    confirmRow.hidden = false;
    confirm.focus();
  }

  function loadRead(): void {
    if (ready) hooks.load(ready);
  }

  function forget(): void {
    ready = null;
    confirmRow.hidden = true;
    tell(null, '');
  }

  function tell(key: string | null, kind: string, params?: Readonly<Record<string, string>>): void {
    message.dataset.state = kind;
    message.textContent = key ? say(key, params) : '';
    message.hidden = key === null;
    document.body.dataset.progressCode = kind;
  }

  return {
    name: 'progress',
    root,
    onOpen: () => {
      pasted.value = '';
      forget();
      copyStatus.textContent = '';
      yours.value = '';
      copy.disabled = true;
      void hooks.code().then((code) => {
        yours.value = code ?? '';
        copyPart.hidden = code === null;
        nothing.hidden = code !== null;
        copy.disabled = code === null;
      });
    },
    initialFocus: () => (copyPart.hidden ? pasted : yours),
  };
}

function savedWhen(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  } catch {
    return date.toISOString().slice(0, 16).replace('T', ' ');
  }
}

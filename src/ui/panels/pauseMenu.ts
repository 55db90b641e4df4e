// The pause menu: resume, settings, history, the progress code, restart from the last beat, back to title.
import { button, el } from '../dom';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';

export interface PauseHooks {
  readonly resume: () => void;
  readonly settings: () => void;
  readonly history: () => void;
  /** The progress code: the place to carry to another browser or device. */
  readonly progress: () => void;
  readonly canRestart: () => boolean;
  readonly restart: () => void;
  readonly toTitle: () => void;
}

export function createPauseMenu(hooks: PauseHooks): Panel {
  const { root, body } = panelFrame('pause', 'pause.heading', 'panel-narrow');
  const resume = button('', hooks.resume, { 'data-text': 'pause.resume' });
  const restart = button('', hooks.restart, { 'data-text': 'pause.restart' });
  const nav = el('nav', { class: 'menu-list', 'data-label': 'pause.menu' }, [
    resume,
    button('', hooks.settings, { 'data-text': 'pause.settings' }),
    button('', hooks.history, { 'data-text': 'pause.history' }),
    button('', hooks.progress, { id: 'pause-progress', 'data-text': 'pause.progress' }),
    restart,
    button('', hooks.toTitle, { 'data-text': 'pause.to_title' }),
  ]);
  body.append(nav, el('p', { class: 'panel-note', 'data-text': 'pause.note' }));
  return {
    name: 'pause',
    root,
    onOpen: () => (restart.hidden = !hooks.canRestart()),
    initialFocus: () => resume,
  };
}

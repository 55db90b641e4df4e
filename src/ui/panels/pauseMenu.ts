// The pause menu: resume, settings, history, restart from the last beat, back to title.
import { button, el } from '../dom';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';

export interface PauseHooks {
  readonly resume: () => void;
  readonly settings: () => void;
  readonly history: () => void;
  readonly canRestart: () => boolean;
  readonly restart: () => void;
  readonly toTitle: () => void;
}

export function createPauseMenu(hooks: PauseHooks): Panel {
  const { root, body } = panelFrame('pause', 'Paused', 'panel-narrow');
  const resume = button('Resume', hooks.resume);
  const restart = button('Restart from the last beat', hooks.restart);
  const nav = el('nav', { class: 'menu-list', 'aria-label': 'Pause menu' }, [
    resume,
    button('Settings', hooks.settings),
    button('History', hooks.history),
    restart,
    button('Back to title', hooks.toTitle),
  ]);
  body.append(nav, el('p', { class: 'panel-note', text: 'Your progress is kept at every beat.' }));
  return {
    name: 'pause',
    root,
    onOpen: () => (restart.hidden = !hooks.canRestart()),
    initialFocus: () => resume,
  };
}

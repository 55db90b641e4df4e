// The history (backlog): every line so far with its speaker, captions and the choices the
// player made. A real list a screen reader can walk; opens scrolled to the newest line.
import { button, el } from '../dom';
import type { LogEntry } from '../log';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';

export function createHistoryPanel(entries: () => readonly LogEntry[], close: () => void): Panel {
  const { root, body } = panelFrame('history', 'History', 'panel-wide');
  const list = el('ol', { class: 'history-list', 'aria-label': 'Lines so far' });
  const empty = el('p', { class: 'history-empty', text: 'Nothing has been said yet.' });
  // The scroller is focusable so the keyboard alone can scroll it (arrows, Page Up/Down).
  const scroller = el('div', { class: 'history-scroll', tabindex: 0, role: 'region', 'aria-label': 'History of the story so far', 'data-owns-arrows': true }, [list, empty]);
  body.append(scroller);
  root.querySelector('.panel-card')?.append(button('Close', close, { class: 'panel-close' }));

  const render = (): void => {
    const all = entries();
    list.replaceChildren(
      ...all.map((entry) => {
        const item = el('li', { class: `history-${entry.kind}` });
        if (entry.speaker) item.append(el('span', { class: 'history-speaker', text: `${entry.speaker}: ` }));
        if (entry.kind === 'choice') item.append(el('span', { class: 'visually-hidden', text: 'You chose: ' }));
        item.append(el('span', { class: 'history-text', text: entry.text }));
        return item;
      }),
    );
    empty.hidden = all.length > 0;
  };

  return {
    name: 'history',
    root,
    onOpen: () => {
      render();
      requestAnimationFrame(() => (scroller.scrollTop = scroller.scrollHeight));
    },
    initialFocus: () => scroller,
  };
}

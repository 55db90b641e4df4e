// The history (backlog): every line so far with its speaker, captions and the choices the
// player made. A real list a screen reader can walk; opens scrolled to the newest line.
import { button, el } from '../dom';
import type { Say } from '../../lang/strings';
import type { LogEntry, Words } from '../log';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';

export function createHistoryPanel(entries: () => readonly LogEntry[], words: Words, say: Say, close: () => void): Panel {
  const { root, body } = panelFrame('history', 'history.heading', 'panel-wide');
  const list = el('ol', { class: 'history-list', 'data-label': 'history.list' });
  const empty = el('p', { class: 'history-empty', 'data-text': 'history.empty' });
  // The scroller is focusable so the keyboard alone can scroll it (arrows, Page Up/Down).
  const scroller = el(
    'div',
    { class: 'history-scroll', tabindex: 0, role: 'region', 'data-label': 'history.region', 'data-owns-arrows': true },
    [list, empty],
  );
  body.append(scroller);
  root.querySelector('.panel-card')?.append(button('', close, { class: 'panel-close', 'data-text': 'history.close' }));

  const render = (): void => {
    const all = entries();
    list.replaceChildren(
      ...all.map((entry) => {
        const item = el('li', { class: `history-${entry.kind}` });
        if (entry.line.speaker) item.append(el('span', { class: 'history-speaker', text: `${entry.line.speaker}: ` }));
        if (entry.kind === 'choice') item.append(el('span', { class: 'visually-hidden', text: `${say('history.you_chose')} ` }));
        item.append(el('span', { class: 'history-text', text: words(entry.line) }));
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

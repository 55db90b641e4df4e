// The credits panel on the title: every asset with its licence, grouped, from the shared
// builder (src/ui/credits.ts) that the rolling end credits use too.
import { buildCredits, creditWords as words, filesNote, type CreditSource } from '../credits';
import { button, el } from '../dom';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';

export function createCreditsPanel(sources: readonly CreditSource[], close: () => void): Panel {
  const { root, body } = panelFrame('credits', 'credits.heading', 'panel-wide');
  const scroller = el('div', {
    class: 'credits-scroll',
    tabindex: 0,
    role: 'region',
    'data-label': 'credits.region',
    'data-owns-arrows': true,
  });
  for (const section of buildCredits(sources)) {
    const items = section.lines.map((line) =>
      el('li', { class: 'credit' }, [
        el('span', { class: 'credit-title', ...words(line.keys?.title, line.title) }),
        el('span', { class: 'credit-author', ...words(line.keys?.author, line.author) }),
        line.licence ? el('span', { class: 'credit-licence', text: line.licence }) : '',
        // The files after the words, outside the translated span (file names stay as they are).
        el('span', { class: 'credit-detail' }, [el('span', words(line.keys?.detail, line.detail)), filesNote(line)]),
      ]),
    );
    scroller.append(
      el('section', { class: 'credits-section', 'data-label': section.heading }, [
        el('h3', { 'data-text': section.heading }),
        el('ul', {}, items),
      ]),
    );
  }
  body.append(scroller);
  root.querySelector('.panel-card')?.append(button('', close, { class: 'panel-close', 'data-text': 'credits.back' }));
  return {
    name: 'credits',
    root,
    onOpen: () => (scroller.scrollTop = 0),
    initialFocus: () => scroller,
  };
}

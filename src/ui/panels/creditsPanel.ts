// The credits panel on the title: every asset with its licence, grouped, from the shared
// builder (src/ui/credits.ts) that the rolling end credits use too.
import { buildCredits, type CreditSource } from '../credits';
import { button, el } from '../dom';
import type { Panel } from './panelStack';
import { panelFrame } from './panelStack';

export function createCreditsPanel(sources: readonly CreditSource[], close: () => void): Panel {
  const { root, body } = panelFrame('credits', 'Credits', 'panel-wide');
  const scroller = el('div', { class: 'credits-scroll', tabindex: 0, role: 'region', 'aria-label': 'Credits and licences', 'data-owns-arrows': true });
  for (const section of buildCredits(sources)) {
    const items = section.lines.map((line) =>
      el('li', { class: 'credit' }, [
        el('span', { class: 'credit-title', text: line.title }),
        el('span', { class: 'credit-author', text: line.author }),
        line.licence ? el('span', { class: 'credit-licence', text: line.licence }) : '',
        el('span', { class: 'credit-detail', text: line.detail }),
      ]),
    );
    scroller.append(el('section', { class: 'credits-section', 'aria-label': section.heading }, [el('h3', { text: section.heading }), el('ul', {}, items)]));
  }
  body.append(scroller);
  root.querySelector('.panel-card')?.append(button('Back', close, { class: 'panel-close' }));
  return {
    name: 'credits',
    root,
    onOpen: () => (scroller.scrollTop = 0),
    initialFocus: () => scroller,
  };
}

// Static words on the page name their string by key — `data-text` for an element's text,
// `data-label` for its accessible name, `data-tip` for its tooltip — and this writes them in
// the player's language: once at start, and again whenever the language changes. Words built
// while the game runs (statuses, prompts) come from the same strings directly.
import type { Say } from '../lang/strings';

export function localize(root: ParentNode, say: Say): void {
  for (const node of root.querySelectorAll<HTMLElement>('[data-text]')) node.textContent = say(node.dataset.text ?? '');
  for (const node of root.querySelectorAll<HTMLElement>('[data-label]')) node.setAttribute('aria-label', say(node.dataset.label ?? ''));
  for (const node of root.querySelectorAll<HTMLElement>('[data-tip]')) node.title = say(node.dataset.tip ?? '');
}

/**
 * A formatter for each language and precision, made once: making one costs a millisecond or
 * more, and the settings make dozens as they are built (40 ms of the page's start, bench, issue 19).
 */
const formats = new Map<string, Intl.NumberFormat>();

/** Numbers as the language writes them (1,5 s in Spanish and French). */
export function number(lang: string, value: number, digits = 0): string {
  const key = `${lang} ${String(digits)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, format);
  }
  return format.format(value);
}

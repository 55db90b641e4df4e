// The accessible mirror of the story: every line, with its speaker, goes into an aria-live
// log that screen readers announce, and the same entries make the history (backlog). Entries
// keep each line's id, so the history reads in whatever language the player switches to.
import type { Line } from '../story/line';
import { el } from './dom';

export interface LogEntry {
  readonly line: Line;
  readonly kind: 'line' | 'caption' | 'choice';
}

/** How a line reads now: its words in the player's language. */
export type Words = (line: Line) => string;

const KEEP_LIVE = 40;

export class StoryLog {
  readonly entries: LogEntry[] = [];
  readonly live: HTMLElement;

  constructor(
    parent: HTMLElement,
    private readonly words: Words,
  ) {
    this.live = el('div', { id: 'story-log', role: 'log', 'aria-live': 'polite', 'data-label': 'log.label', class: 'visually-hidden' });
    parent.append(this.live);
  }

  add(entry: LogEntry): void {
    this.entries.push(entry);
    this.live.append(this.render(entry));
    // Keep the live region short so the virtual cursor is not buried; the history keeps all.
    while (this.live.childElementCount > KEEP_LIVE) this.live.firstElementChild?.remove();
    // The live region keeps the last few; the count says how many there have been in all.
    this.live.dataset.count = String(this.entries.length);
  }

  /** The language changed: the last lines are written again in it, without being announced. */
  reword(lang: string): void {
    this.live.setAttribute('aria-live', 'off');
    this.live.lang = lang;
    this.live.replaceChildren(...this.entries.slice(-KEEP_LIVE).map((e) => this.render(e)));
    requestAnimationFrame(() => this.live.setAttribute('aria-live', 'polite'));
  }

  clear(): void {
    this.entries.length = 0;
    this.live.replaceChildren();
    this.live.dataset.count = '0';
  }

  private render(entry: LogEntry): HTMLElement {
    const speaker = entry.line.speaker ? `${entry.line.speaker}: ` : '';
    return el('p', { class: `log-${entry.kind}`, text: `${speaker}${this.words(entry.line)}` });
  }
}

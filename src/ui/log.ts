// The accessible mirror of the story: every line, with its speaker, goes into an aria-live
// log that screen readers announce, and the same entries make the history (backlog).
import { el } from './dom';

export interface LogEntry {
  readonly speaker: string | null;
  readonly text: string;
  readonly kind: 'line' | 'caption' | 'choice';
}

export class StoryLog {
  readonly entries: LogEntry[] = [];
  readonly live: HTMLElement;

  constructor(parent: HTMLElement) {
    this.live = el('div', { id: 'story-log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Story', class: 'visually-hidden' });
    parent.append(this.live);
  }

  add(entry: LogEntry): void {
    this.entries.push(entry);
    const speaker = entry.speaker ? `${entry.speaker}: ` : '';
    this.live.append(el('p', { class: `log-${entry.kind}`, text: `${speaker}${entry.text}` }));
    // The live region keeps the last few; the count says how many there have been in all.
    this.live.dataset.count = String(this.entries.length);
    // Keep the live region short so the virtual cursor is not buried; the history keeps all.
    while (this.live.childElementCount > 40) this.live.firstElementChild?.remove();
  }

  clear(): void {
    this.entries.length = 0;
    this.live.replaceChildren();
    this.live.dataset.count = '0';
  }
}

// The end credits, rolling up over black after "The End". Built from the same sections as the
// title's credits panel. They move on the game clock (so pausing stops them), end on their
// own when the last line has gone by, and a press (advance, in the input layer's terms) or the
// Skip button ends them early.
import { buildCredits, creditWords as words, type CreditSource } from './credits';
import { el } from './dom';

/** Seconds for one screen height to scroll by: slow enough to read a title and a licence. */
const SCREEN_SECONDS = 9;

export class CreditsRoll {
  private readonly layer: HTMLElement;
  private readonly track: HTMLElement;
  private offset = 0;
  private running = false;
  private onDone: (() => void) | null = null;

  constructor(parent: HTMLElement, sources: readonly CreditSource[]) {
    const sections = buildCredits(sources).map((section) =>
      el('section', { class: 'roll-section' }, [
        el('h3', { 'data-text': section.heading }),
        ...section.lines.map((line) =>
          el('p', { class: 'roll-line' }, [
            el('span', { class: 'roll-title', ...words(line.keys?.title, line.title) }),
            el('span', { class: 'roll-author', ...words(line.keys?.author, line.author) }),
            // Whom the team's work stands on (the piano's samples): named here as in the panel.
            line.namesOthers ? el('span', { class: 'roll-author', ...words(line.keys?.detail, line.detail) }) : '',
            line.licence ? el('span', { class: 'roll-licence', text: line.licence }) : '',
          ]),
        ),
      ]),
    );
    this.track = el('div', { class: 'roll-track' }, [
      el('p', { class: 'roll-name', 'data-text': 'game.name' }),
      ...sections,
      el('p', { class: 'roll-disclaimer', 'data-text': 'title.disclaimer' }),
      el('p', { class: 'roll-thanks', 'data-text': 'credits.thanks' }),
    ]);
    this.layer = el('section', { id: 'credits-roll', class: 'credits-roll', 'data-label': 'credits.heading', 'data-intent': 'advance' }, [
      this.track,
    ]);
    this.layer.hidden = true;
    parent.append(this.layer);
  }

  get rolling(): boolean {
    return this.running;
  }

  start(onDone: () => void): void {
    this.onDone = onDone;
    this.running = true;
    this.offset = 0;
    this.layer.hidden = false;
    this.place();
  }

  /** Moves the roll on by `ms` of game time. */
  tick(ms: number): void {
    if (!this.running) return;
    const screen = this.layer.clientHeight || 720;
    this.offset += (screen / (SCREEN_SECONDS * 1000)) * ms;
    this.place();
    if (this.offset >= screen + this.track.offsetHeight) this.finish();
  }

  /** Ends the roll now (it ran out, or the player skipped it). */
  finish(): void {
    if (!this.running) return;
    this.running = false;
    const done = this.onDone;
    this.onDone = null;
    done?.();
  }

  hide(): void {
    this.running = false;
    this.onDone = null;
    this.layer.hidden = true;
  }

  private place(): void {
    this.track.style.transform = `translateY(${String(-this.offset)}px)`;
  }
}

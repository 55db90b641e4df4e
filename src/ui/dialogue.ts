// The dialogue box: speaker, typewriter text, a continue mark, and the choices as real
// buttons. It shows; it decides nothing. A press on it or on a choice is the input layer's
// (each says what it stands for in `data-intent`), and whether a press completes the line or
// moves the story on is the router's.
import type { Settings } from '../save/settings';
import type { StoryChoice } from '../story/inkStory';
import type { Line } from '../story/line';
import { el } from './dom';
import type { Words } from './log';
import { Typewriter } from './typewriter';

export class DialogueBox {
  readonly box: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly text: HTMLElement;
  private readonly more: HTMLElement;
  private readonly choiceList: HTMLElement;
  private readonly typewriter: Typewriter;
  private hasLine = false;
  /** What is shown, kept so it can be written again in another language. */
  private shownLine: Line | null = null;
  private shownChoices: readonly StoryChoice[] = [];

  constructor(
    parent: HTMLElement,
    private settings: Settings,
    private readonly words: Words,
  ) {
    this.speaker = el('div', { class: 'speaker' });
    this.text = el('p', { class: 'line-text' });
    this.more = el('div', { class: 'more', 'aria-hidden': 'true', text: '▾' });
    this.choiceList = el('div', { class: 'choices', role: 'group', 'data-label': 'dialogue.choices' });
    this.box = el('section', { id: 'dialogue', class: 'dialogue', 'aria-hidden': 'true', 'data-intent': 'advance' }, [
      this.speaker,
      this.text,
      this.more,
    ]);
    this.box.hidden = true;
    this.choiceList.hidden = true;
    parent.append(this.box, this.choiceList);
    this.typewriter = new Typewriter(this.text, settings.textSpeed);
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.typewriter.setSpeed(settings.textSpeed);
  }

  /** No line, a line still typing, or a line shown whole. */
  get line(): 'none' | 'typing' | 'shown' {
    if (!this.hasLine) return 'none';
    return this.typewriter.done ? 'shown' : 'typing';
  }

  /** The line on show's length in the player's language. */
  get lineLength(): number {
    return this.shownLine && this.hasLine ? this.words(this.shownLine).length : 0;
  }

  showLine(line: Line, seen: boolean): void {
    this.hasLine = true;
    this.shownLine = line;
    this.box.hidden = false;
    this.box.classList.toggle('narration', line.speaker === null);
    this.speaker.textContent = line.speaker ?? '';
    this.speaker.hidden = line.speaker === null;
    this.typewriter.start(this.words(line));
    if (seen && this.settings.skipSeen) this.typewriter.complete();
    this.more.hidden = !this.typewriter.done;
  }

  showChoices(choices: readonly StoryChoice[]): void {
    this.shownChoices = choices;
    this.choiceList.replaceChildren(
      ...choices.map((choice, position) =>
        el('button', {
          type: 'button',
          class: 'choice',
          'data-intent': 'choose',
          'data-position': position,
          text: this.choiceText(choice, position),
        }),
      ),
    );
    this.choiceList.hidden = choices.length === 0;
    if (choices.length > 0) {
      this.hideLine();
      this.choiceButtons[0]?.focus();
    }
  }

  /** The language changed: the line on show (whole) and the choices are written again in it. */
  reword(): void {
    this.choiceButtons.forEach((b, position) => {
      const choice = this.shownChoices[position];
      if (choice) b.textContent = this.choiceText(choice, position);
    });
    if (this.hasLine && this.shownLine) {
      this.typewriter.start(this.words(this.shownLine));
      this.complete();
    }
  }

  private choiceText(choice: StoryChoice, position: number): string {
    return `${String(position + 1)}. ${this.words({ id: choice.id, speaker: null, text: choice.text })}`;
  }

  get choiceButtons(): HTMLButtonElement[] {
    return [...this.choiceList.querySelectorAll<HTMLButtonElement>('button.choice')];
  }

  hideLine(): void {
    this.hasLine = false;
    this.box.hidden = true;
  }

  hideAll(): void {
    this.hideLine();
    this.showChoices([]);
  }

  /** Shows the rest of the line at once. */
  complete(): void {
    if (!this.hasLine) return;
    this.typewriter.complete();
    this.more.hidden = false;
  }

  /** One frame of game time for the typewriter; paused games don't call it. */
  tick(ms: number): void {
    if (!this.hasLine) return;
    this.typewriter.tick(ms);
    if (this.typewriter.done) this.more.hidden = false;
  }
}

// The dialogue box: speaker, typewriter text, a continue mark, and the choices as real
// buttons. First press completes the line, the next one advances.
import type { Settings } from '../save/settings';
import type { StoryChoice } from '../story/inkStory';
import { button, el } from './dom';
import { Typewriter } from './typewriter';

export interface DialogueHandlers {
  readonly advance: () => void;
  readonly choose: (position: number) => void;
}

const SKIP_SEEN_MS = 120;

export class DialogueBox {
  readonly box: HTMLElement;
  private readonly speaker: HTMLElement;
  private readonly text: HTMLElement;
  private readonly more: HTMLElement;
  private readonly choiceList: HTMLElement;
  private readonly typewriter: Typewriter;
  private lineSeen = false;
  private sinceDoneMs = 0;
  private hasLine = false;

  constructor(
    parent: HTMLElement,
    private settings: Settings,
    private readonly handlers: DialogueHandlers,
  ) {
    this.speaker = el('div', { class: 'speaker' });
    this.text = el('p', { class: 'line-text' });
    this.more = el('div', { class: 'more', 'aria-hidden': 'true', text: '▾' });
    this.choiceList = el('div', { class: 'choices', role: 'group', 'aria-label': 'Choices' });
    this.box = el('section', { id: 'dialogue', class: 'dialogue', 'aria-hidden': 'true' }, [this.speaker, this.text, this.more]);
    this.box.hidden = true;
    this.choiceList.hidden = true;
    this.box.addEventListener('click', (event) => {
      event.stopPropagation();
      this.press();
    });
    parent.append(this.box, this.choiceList);
    this.typewriter = new Typewriter(this.text, settings.textSpeed);
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.typewriter.setSpeed(settings.textSpeed);
  }

  get showingLine(): boolean {
    return this.hasLine;
  }

  get lineComplete(): boolean {
    return this.typewriter.done;
  }

  showLine(speaker: string | null, text: string, seen: boolean): void {
    this.hasLine = true;
    this.lineSeen = seen;
    this.sinceDoneMs = 0;
    this.box.hidden = false;
    this.box.classList.toggle('narration', speaker === null);
    this.speaker.textContent = speaker ?? '';
    this.speaker.hidden = speaker === null;
    this.typewriter.start(text);
    if (seen && this.settings.skipSeen) this.typewriter.complete();
    this.more.hidden = !this.typewriter.done;
  }

  showChoices(choices: readonly StoryChoice[]): void {
    this.choiceList.replaceChildren(
      ...choices.map((choice, position) =>
        button(`${String(position + 1)}. ${choice.text}`, () => this.handlers.choose(position), { class: 'choice', 'data-position': position }),
      ),
    );
    this.choiceList.hidden = choices.length === 0;
    if (choices.length > 0) {
      this.hideLine();
      this.choiceButtons[0]?.focus();
    }
  }

  get choiceButtons(): HTMLButtonElement[] {
    return [...this.choiceList.querySelectorAll<HTMLButtonElement>('button.choice')];
  }

  moveChoiceFocus(step: number): void {
    const list = this.choiceButtons;
    if (list.length === 0) return;
    const at = list.findIndex((b) => b === document.activeElement);
    const next = at < 0 ? 0 : (at + step + list.length) % list.length;
    list[next]?.focus();
  }

  hideLine(): void {
    this.hasLine = false;
    this.box.hidden = true;
  }

  hideAll(): void {
    this.hideLine();
    this.showChoices([]);
  }

  /** Click, Space or Enter: finish the line, or go on once it is finished. */
  press(): void {
    if (!this.hasLine) return;
    if (!this.typewriter.done) {
      this.typewriter.complete();
      this.more.hidden = false;
      return;
    }
    this.handlers.advance();
  }

  /** One frame of time; paused games don't call it. */
  tick(ms: number): void {
    if (!this.hasLine) return;
    this.typewriter.tick(ms);
    if (!this.typewriter.done) return;
    this.more.hidden = false;
    this.sinceDoneMs += ms;
    const skipping = this.lineSeen && this.settings.skipSeen;
    const wait = skipping ? SKIP_SEEN_MS : this.settings.autoAdvance ? this.settings.autoDelayMs : Infinity;
    if (this.sinceDoneMs >= wait) {
      this.sinceDoneMs = -Infinity;
      this.handlers.advance();
    }
  }
}

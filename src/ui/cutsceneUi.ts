// The DOM side of a cutscene: title cards over black, the lean prompt with its progress, and
// the Skip button (a press on it, or a held Esc or B — its fill shows the hold). Screen readers
// hear the cards and the prompt through live regions; the canvas says nothing to them.
import { el } from './dom';

export class CutsceneUi {
  private readonly cardLayer: HTMLElement;
  private readonly cardText: HTMLElement;
  private readonly holdBox: HTMLElement;
  private readonly holdText: HTMLElement;
  private readonly holdBar: HTMLElement;
  private readonly holdFill: HTMLElement;
  readonly skipButton: HTMLButtonElement;
  private readonly skipFill: HTMLElement;

  constructor(parent: HTMLElement) {
    this.cardText = el('p', { class: 'cutscene-card-text' });
    this.cardLayer = el('div', { id: 'cutscene-card', class: 'cutscene-card', role: 'status', 'aria-live': 'assertive' }, [this.cardText]);
    this.cardLayer.hidden = true;

    this.holdText = el('p', { class: 'hold-text', id: 'hold-text' });
    this.holdFill = el('div', { class: 'hold-fill' });
    this.holdBar = el(
      'div',
      {
        class: 'hold-bar',
        role: 'progressbar',
        'aria-labelledby': 'hold-text',
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': 0,
      },
      [this.holdFill],
    );
    this.holdBox = el('div', { id: 'hold-prompt', class: 'hold-prompt', role: 'status', 'aria-live': 'assertive' }, [
      this.holdText,
      this.holdBar,
    ]);
    this.holdBox.hidden = true;

    this.skipFill = el('span', { class: 'skip-fill', 'aria-hidden': 'true' });
    this.skipButton = el('button', {
      type: 'button',
      id: 'btn-skip-cutscene',
      class: 'skip-cutscene',
      'data-intent': 'skipNow',
      'aria-keyshortcuts': 'Escape',
    });
    this.skipButton.append(this.skipFill, el('span', { 'data-text': 'cutscene.skip' }));
    this.skipButton.hidden = true;

    parent.append(this.cardLayer, this.holdBox, this.skipButton);
  }

  /** The Skip button shows for the whole cutscene. */
  setRunning(running: boolean): void {
    this.skipButton.hidden = !running;
    this.setSkipHold(0);
    if (!running) {
      this.hideCard();
      this.hideHold();
    }
  }

  showCard(text: string, ms: number): void {
    this.cardText.textContent = text;
    // Fade in and out inside the card's own time, so it breathes rather than blinks.
    this.cardLayer.style.setProperty('--card-fade', `${String(Math.min(1200, ms / 4))}ms`);
    this.cardLayer.hidden = false;
    this.cardLayer.classList.remove('shown');
    requestAnimationFrame(() => this.cardLayer.classList.add('shown'));
  }

  /** Starts the card fading out; it is removed for good when the cutscene moves on. */
  fadeCard(): void {
    this.cardLayer.classList.remove('shown');
  }

  hideCard(): void {
    this.cardLayer.classList.remove('shown');
    this.cardLayer.hidden = true;
  }

  /** The Skip button's name says how to skip by holding, for the device in use. */
  setSkipLabel(label: string): void {
    this.skipButton.setAttribute('aria-label', label);
  }

  showHold(prompt: string): void {
    this.holdText.textContent = prompt;
    this.holdBox.hidden = false;
    this.setHold(0, false);
  }

  setHold(fraction: number, holding: boolean): void {
    const percent = Math.round(fraction * 100);
    this.holdFill.style.width = `${String(percent)}%`;
    this.holdBar.setAttribute('aria-valuenow', String(percent));
    this.holdBox.classList.toggle('holding', holding);
  }

  /** The prompt's words change when the player changes device while it is up. */
  setHoldPrompt(prompt: string): void {
    this.holdText.textContent = prompt;
  }

  hideHold(): void {
    this.holdBox.hidden = true;
  }

  /** How far the Esc hold has got towards skipping (0–1). */
  setSkipHold(fraction: number): void {
    this.skipFill.style.width = `${String(Math.round(fraction * 100))}%`;
  }
}

// The title's language control: one button per language, each named in its own language, the
// one in use pressed. A press saves the choice with the other settings.
import { el } from './dom';

export class LanguagePicker {
  private readonly buttons = new Map<string, HTMLButtonElement>();

  constructor(parent: HTMLElement, languages: readonly (readonly [string, string])[], choose: (code: string) => void) {
    for (const [code, name] of languages) {
      const b = el('button', { type: 'button', class: 'language-button', lang: code, text: name });
      b.addEventListener('click', () => choose(code));
      this.buttons.set(code, b);
      parent.append(b);
    }
    parent.hidden = languages.length < 2;
  }

  show(current: string): void {
    for (const [code, b] of this.buttons) b.setAttribute('aria-pressed', String(code === current));
  }
}

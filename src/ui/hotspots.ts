// Each usable object is a real, focusable button named after it and placed over it, so the
// mouse, the keyboard and a screen reader all reach the same things.
import type { PropDef } from '../scene/schema';
import { el } from './dom';

export class Hotspots {
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly label: HTMLElement;

  constructor(
    layer: HTMLElement,
    props: readonly PropDef[],
    private readonly onUse: (prop: string) => void,
    private readonly onHover: (prop: string | null) => void,
  ) {
    this.label = el('div', { class: 'hotspot-label', 'aria-hidden': 'true' });
    this.label.hidden = true;
    const group = el('div', { class: 'hotspots', role: 'group', 'aria-label': 'Objects on the lid' });
    for (const prop of props) {
      if (!prop.hotspot) continue;
      const { x, y, w, h } = prop.hotspot;
      const b = el('button', { type: 'button', class: 'hotspot', 'aria-label': prop.label, 'data-prop': prop.id });
      Object.assign(b.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
      b.hidden = true;
      b.addEventListener('click', (event) => {
        event.stopPropagation();
        this.onUse(prop.id);
      });
      const enter = (): void => this.highlight(prop, b);
      const leave = (): void => this.highlight(null, b);
      b.addEventListener('pointerenter', enter);
      b.addEventListener('focus', enter);
      b.addEventListener('pointerleave', () => {
        if (document.activeElement !== b) leave();
      });
      b.addEventListener('blur', leave);
      this.buttons.set(prop.id, b);
      group.append(b);
    }
    layer.append(group, this.label);
  }

  /** Shows exactly the props the story offers now. */
  setAvailable(props: readonly string[]): void {
    const focused = document.activeElement;
    for (const [id, b] of this.buttons) b.hidden = !props.includes(id);
    if (focused instanceof HTMLButtonElement && focused.hidden) this.focusFirst();
    if (props.length === 0) {
      this.label.hidden = true;
      this.onHover(null);
    }
  }

  get visible(): HTMLButtonElement[] {
    return [...this.buttons.values()].filter((b) => !b.hidden).sort((a, b) => a.offsetLeft - b.offsetLeft);
  }

  focusFirst(): void {
    this.visible[0]?.focus();
  }

  /** Arrow keys walk the objects left to right. */
  moveFocus(step: number): void {
    const list = this.visible;
    if (list.length === 0) return;
    const at = list.findIndex((b) => b === document.activeElement);
    const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    list[next]?.focus();
  }

  focused(): string | null {
    const active = document.activeElement;
    if (active instanceof HTMLButtonElement && this.visible.includes(active)) return active.dataset.prop ?? null;
    return null;
  }

  private highlight(prop: PropDef | null, b: HTMLButtonElement): void {
    if (!prop) {
      this.label.hidden = true;
      this.onHover(null);
      return;
    }
    this.label.textContent = prop.label;
    this.label.hidden = false;
    Object.assign(this.label.style, { left: `${b.offsetLeft + b.offsetWidth / 2}px`, top: `${b.offsetTop - 8}px` });
    this.onHover(prop.id);
  }
}

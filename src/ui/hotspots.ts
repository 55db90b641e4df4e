// Each usable object is a real, focusable button named after it and placed over it, so the
// mouse, a finger, the keyboard, a pad and a screen reader all reach the same things. A press
// on one is the input layer's (`data-intent="use"`); this file only shows them, and the label
// of the one under the pointer or focus.
import type { PropDef } from '../level/schema';
import { el } from './dom';

export class Hotspots {
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly label: HTMLElement;

  constructor(
    layer: HTMLElement,
    private readonly props: readonly PropDef[],
    private readonly onHighlight: (prop: string | null) => void,
  ) {
    this.label = el('div', { class: 'hotspot-label', 'aria-hidden': 'true' });
    this.label.hidden = true;
    const group = el('div', { class: 'hotspots', role: 'group', 'data-label': 'hotspots.group' });
    for (const prop of props) {
      if (!prop.hotspot) continue;
      const { x, y, w, h } = prop.hotspot;
      const b = el('button', { type: 'button', class: 'hotspot', 'data-label': `label.${prop.id}`, 'data-intent': 'use', 'data-prop': prop.id });
      Object.assign(b.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
      b.hidden = true;
      b.addEventListener('focus', () => this.highlight(prop.id));
      b.addEventListener('blur', () => this.highlight(null));
      this.buttons.set(prop.id, b);
      group.append(b);
    }
    layer.append(group, this.label);
  }

  /** Shows exactly the props the story offers now. */
  setAvailable(props: readonly string[]): void {
    const focused = document.activeElement;
    for (const [id, b] of this.buttons) b.hidden = !props.includes(id);
    if (focused instanceof HTMLButtonElement && focused.hidden) this.visible[0]?.focus();
    if (props.length === 0) this.highlight(null);
  }

  /** The objects on show, left to right. */
  get visible(): HTMLButtonElement[] {
    return [...this.buttons.values()].filter((b) => !b.hidden).sort((a, b) => a.offsetLeft - b.offsetLeft);
  }

  /** Names the object under the pointer or focus (null: none), and lights it in the scene. */
  highlight(propId: string | null): void {
    const b = propId === null ? undefined : this.buttons.get(propId);
    const prop = this.props.find((p) => p.id === propId);
    if (!b || b.hidden || !prop) {
      // The pointer left, but the keyboard's focus may still be on one.
      const focused = [...this.buttons.values()].find((x) => x === document.activeElement && !x.hidden);
      const focusedProp = focused?.dataset.prop;
      if (propId === null && focusedProp !== undefined) {
        this.highlight(focusedProp);
        return;
      }
      this.label.hidden = true;
      this.onHighlight(null);
      return;
    }
    this.label.textContent = b.getAttribute('aria-label') ?? prop.label;
    this.label.hidden = false;
    Object.assign(this.label.style, { left: `${b.offsetLeft + b.offsetWidth / 2}px`, top: `${b.offsetTop - 8}px` });
    this.onHighlight(prop.id);
  }
}

// Each usable object is a real, focusable button named after it and placed over it, so the
// mouse, a finger, the keyboard, a pad and a screen reader all reach the same things. A press
// on one is the input layer's (`data-intent="use"`); this file only shows them, and the label
// of the one under the pointer or focus.
import type { PropDef } from '../level/schema';
import { el } from './dom';

type Rect = NonNullable<PropDef['hotspot']>;

/** Half the free space between a hotspot and its nearest neighbours at the same height, left and right (scene px). */
function reaches(r: Rect, props: readonly PropDef[]): [number, number] {
  const FAR = 200;
  let left = FAR;
  let right = FAR;
  for (const other of props) {
    const o = other.hotspot;
    if (!o || o === r || o.y >= r.y + r.h || o.y + o.h <= r.y) continue;
    if (o.x + o.w <= r.x) left = Math.min(left, (r.x - (o.x + o.w)) / 2);
    else if (o.x >= r.x + r.w) right = Math.min(right, (o.x - (r.x + r.w)) / 2);
  }
  return [left, right];
}

export class Hotspots {
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly label: HTMLElement;

  constructor(
    layer: HTMLElement,
    private readonly props: readonly PropDef[],
    private readonly onHighlight: (prop: string | null) => void,
    /** False while a finger plays: the focus a tap or the game moves then is not the player's pointing. */
    private readonly focusShows: () => boolean = () => true,
  ) {
    this.label = el('div', { class: 'hotspot-label', 'aria-hidden': 'true' });
    this.label.hidden = true;
    const group = el('div', { class: 'hotspots', role: 'group', 'data-label': 'hotspots.group' });
    for (const prop of props) {
      if (!prop.hotspot) continue;
      const { x, y, w, h } = prop.hotspot;
      const b = el('button', {
        type: 'button',
        class: 'hotspot',
        'data-label': `label.${prop.id}`,
        'data-intent': 'use',
        'data-prop': prop.id,
      });
      Object.assign(b.style, { left: `${x}px`, top: `${y}px`, width: `${w}px`, height: `${h}px` });
      // How far a fingertip's larger reach may spread sideways (phone.css) before it would take
      // a neighbour's ground: half the gap to the next object on either side.
      const [left, right] = reaches(prop.hotspot, props);
      b.style.setProperty('--reach-left', `${String(left)}px`);
      b.style.setProperty('--reach-right', `${String(right)}px`);
      b.hidden = true;
      // Named on focus only when the focus shows (keys, a pad): a tap focuses the button too, and
      // its label would then stay up over the scene after the finger has gone.
      b.addEventListener('focus', () => {
        if (this.focusShows() && b.matches(':focus-visible')) this.highlight(prop.id);
      });
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
      const focused = [...this.buttons.values()].find(
        (x) => x === document.activeElement && !x.hidden && this.focusShows() && x.matches(':focus-visible'),
      );
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

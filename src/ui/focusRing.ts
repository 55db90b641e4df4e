// Focus, as the input layer moves it: walking a ring of controls with wrap-around, telling
// what kind of control has focus, pressing it, nudging a slider or a set of options. One copy
// of each, for the title menu, the panels and the objects and choices in play.
import type { FocusKind } from '../input/context';

/** Moves focus one step along `list`, wrapping at the ends; from outside it, to an end. */
export function cycleFocus(list: readonly HTMLElement[], step: 1 | -1): void {
  if (list.length === 0) return;
  const at = list.findIndex((node) => node === document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
  list[next]?.focus();
}

/** What kind of control `node` is, for pressing and for the arrows. */
export function focusKindOf(node: Element | null): FocusKind {
  if (node instanceof HTMLInputElement) {
    if (node.type === 'range') return 'slider';
    if (node.type === 'radio') return 'options';
    if (node.type === 'checkbox') return 'toggle';
    return 'text';
  }
  if (node instanceof HTMLTextAreaElement) return 'text';
  if (node instanceof HTMLSelectElement) return 'options';
  if (node instanceof HTMLButtonElement) return 'button';
  if (node instanceof HTMLElement && node.dataset.ownsArrows !== undefined) return 'scroller';
  return 'none';
}

/** Presses the focused control as a click would. */
export function pressFocused(): void {
  const active = document.activeElement;
  if (
    active instanceof HTMLButtonElement ||
    (active instanceof HTMLInputElement && (active.type === 'checkbox' || active.type === 'radio'))
  )
    active.click();
}

/** Moves the focused slider one step, or the focused set of options to the next one. */
export function adjustFocused(step: 1 | -1): void {
  const active = document.activeElement;
  if (active instanceof HTMLInputElement && active.type === 'range') {
    if (step > 0) active.stepUp();
    else active.stepDown();
    active.dispatchEvent(new Event('input', { bubbles: true }));
    active.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (active instanceof HTMLInputElement && active.type === 'radio') {
    const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(active.name)}"]`)];
    const next = group[(group.indexOf(active) + step + group.length) % group.length];
    if (!next) return;
    next.checked = true;
    next.focus();
    next.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  if (active instanceof HTMLSelectElement) {
    active.selectedIndex = Math.max(0, Math.min(active.options.length - 1, active.selectedIndex + step));
    active.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** Scrolls a focused scrolling region (the history, the credits) by a line or so. */
export function scrollFocused(step: 1 | -1): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement) active.scrollBy({ top: step * 48 });
}

/** Only one stop for each set of radio options: the chosen one (arrows move within it). */
export function oneStopPerGroup(list: readonly HTMLElement[]): HTMLElement[] {
  const groups = new Map<string, HTMLInputElement[]>();
  for (const node of list)
    if (node instanceof HTMLInputElement && node.type === 'radio') groups.set(node.name, [...(groups.get(node.name) ?? []), node]);
  return list.filter((node) => {
    if (!(node instanceof HTMLInputElement) || node.type !== 'radio') return true;
    const group = groups.get(node.name) ?? [];
    const stop = group.find((r) => r === document.activeElement) ?? group.find((r) => r.checked) ?? group[0];
    return node === stop;
  });
}

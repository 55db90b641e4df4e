// A stack of modal panels (pause → settings, title → credits, …). Opening one remembers
// where focus was and puts it inside the panel; everything else in the overlay becomes inert
// so neither the mouse nor a screen reader's virtual cursor wanders behind it, and the input
// layer walks Tab, the arrows and the D-pad round the panel's own controls; closing returns
// focus exactly where it was. Status lines (role="status") stay live under a panel.
import type { Say } from '../../lang/strings';
import { el } from '../dom';
import { cycleFocus, oneStopPerGroup } from '../focusRing';

export interface Panel {
  /** A short name, mirrored on <body data-panel> for tests and styles. */
  readonly name: string;
  readonly root: HTMLElement;
  /** Refreshes the content just before the panel shows. */
  readonly onOpen?: () => void;
  /** Where focus goes when the panel opens. */
  readonly initialFocus: () => HTMLElement | null;
}

/** What every panel opened from the menus is given: its words, the language in use, and the way out. */
export interface PanelHooks {
  readonly close: () => void;
  readonly say: Say;
  readonly lang: () => string;
}

const FOCUSABLE = 'button:not([hidden]):not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"]';

/** Builds the frame every panel shares: a dialog with a heading and a body. */
/** A panel's frame; `heading` is the heading's string key. */
export function panelFrame(
  name: string,
  heading: string,
  extraClass = '',
): { root: HTMLElement; body: HTMLElement; headingEl: HTMLElement } {
  const headingEl = el('h2', { id: `${name}-heading`, class: 'panel-heading', 'data-text': heading });
  const body = el('div', { class: 'panel-body' });
  const card = el('div', { class: `panel-card ${extraClass}`.trim() }, [headingEl, body]);
  const root = el(
    'section',
    { id: `${name}-panel`, class: 'panel', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': `${name}-heading` },
    [card],
  );
  root.hidden = true;
  // Clicks inside a panel never reach the overlay (which would advance the story).
  root.addEventListener('click', (event) => event.stopPropagation());
  return { root, body, headingEl };
}

export class PanelStack {
  private readonly stack: { panel: Panel; returnTo: Element | null }[] = [];
  private readonly madeInert = new Set<HTMLElement>();

  constructor(
    private readonly overlay: HTMLElement,
    private readonly onChange: (top: Panel | null) => void,
  ) {}

  get top(): Panel | null {
    return this.stack.at(-1)?.panel ?? null;
  }

  get isOpen(): boolean {
    return this.stack.length > 0;
  }

  has(name: string): boolean {
    return this.stack.some((entry) => entry.panel.name === name);
  }

  open(panel: Panel): void {
    if (this.top === panel) return;
    if (!panel.root.isConnected) this.overlay.append(panel.root);
    this.stack.push({ panel, returnTo: document.activeElement });
    panel.onOpen?.();
    this.refresh();
    (panel.initialFocus() ?? this.focusables()[0])?.focus();
  }

  /** Closes the top panel and puts focus back where it was before it opened. */
  close(): void {
    const entry = this.stack.pop();
    if (!entry) return;
    entry.panel.root.hidden = true;
    this.refresh();
    const back = entry.returnTo;
    if (back instanceof HTMLElement && back.isConnected && back.offsetParent !== null) back.focus();
    else if (this.top) (this.top.initialFocus() ?? this.focusables()[0])?.focus();
  }

  /** Closes every panel; focus goes back to where it was before the first one opened. */
  closeAll(): void {
    const back = this.stack[0]?.returnTo ?? null;
    while (this.stack.length > 0) {
      const entry = this.stack.pop();
      if (entry) entry.panel.root.hidden = true;
    }
    this.refresh();
    if (back instanceof HTMLElement && back.isConnected && back.offsetParent !== null) back.focus();
  }

  /** The arrows, the D-pad and Tab walk the controls of the top panel, wrapping at the ends. */
  moveFocus(step: 1 | -1): void {
    cycleFocus(this.focusables(), step);
  }

  /** Whether focus is inside the top panel. */
  holdsFocus(): boolean {
    return this.top?.root.contains(document.activeElement) ?? false;
  }

  private focusables(): HTMLElement[] {
    const top = this.top;
    if (!top) return [];
    return oneStopPerGroup(
      [...top.root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
        (node) => node.offsetParent !== null || node === document.activeElement,
      ),
    );
  }

  private refresh(): void {
    const top = this.top;
    for (const { panel } of this.stack) panel.root.hidden = panel !== top;
    for (const node of this.madeInert) node.inert = false;
    this.madeInert.clear();
    if (top) {
      for (const child of this.overlay.children) {
        if (!(child instanceof HTMLElement) || child === top.root || child.getAttribute('role') === 'status' || child.inert) continue;
        child.inert = true;
        this.madeInert.add(child);
      }
    }
    document.body.dataset.panel = top?.name ?? '';
    this.onChange(top);
  }
}

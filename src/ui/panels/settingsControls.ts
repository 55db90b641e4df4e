// Native form controls for the settings panel: a range, a switch, a set of radio choices.
// Native inputs give keyboard (Tab, arrows, Space) and mouse handling and accessible names
// for free; each has a visible <label>/<legend> and reports its value in words. Labels, hints
// and legends are string keys (written by localize()); an option may carry a proper name instead.
import { el } from '../dom';

export interface Control {
  readonly row: HTMLElement;
  /** Shows a value that changed elsewhere (M mutes, the browser leaves fullscreen). */
  readonly sync: () => void;
}

let nextId = 0;
const uid = (stem: string): string => `set-${stem}-${String(++nextId)}`;

export function rangeControl(o: {
  label: string;
  min: number;
  max: number;
  step: number;
  get: () => number;
  set: (value: number) => void;
  /** The value in words, for the visible readout and aria-valuetext. */
  format: (value: number) => string;
}): Control {
  const id = uid('range');
  const input = el('input', { id, type: 'range', min: o.min, max: o.max, step: o.step });
  const output = el('output', { for: id, class: 'setting-value', 'aria-hidden': 'true' });
  const show = (value: number): void => {
    // A panel is put on the page when it is first opened, and its readouts are written then: the
    // page's first number format costs 30–50 ms (the browser loads its locale data), which made
    // the menus a long task before the title (bench, issue 19).
    if (!output.isConnected) return;
    output.textContent = o.format(value);
    input.setAttribute('aria-valuetext', o.format(value));
  };
  input.addEventListener('input', () => {
    const value = Number(input.value);
    show(value);
    o.set(value);
  });
  const sync = (): void => {
    input.value = String(o.get());
    show(o.get());
  };
  sync();
  const row = el('div', { class: 'setting setting-range' }, [el('label', { for: id, 'data-text': o.label }), input, output]);
  return { row, sync };
}

export function toggleControl(o: { label: string; hint?: string; get: () => boolean; set: (on: boolean) => void }): Control {
  const id = uid('toggle');
  const input = el('input', { id, type: 'checkbox', class: 'switch' });
  const hintId = o.hint ? `${id}-hint` : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  input.addEventListener('change', () => o.set(input.checked));
  const sync = (): void => {
    input.checked = o.get();
  };
  sync();
  const children: (Node | string)[] = [input, el('label', { for: id, 'data-text': o.label })];
  if (o.hint && hintId) children.push(el('span', { id: hintId, class: 'setting-hint', 'data-text': o.hint }));
  return { row: el('div', { class: 'setting setting-toggle' }, children), sync };
}

export function choiceControl<T extends string | number>(o: {
  legend: string;
  /** Each option's string key (`label`), or its proper name as written (`name`: a typeface, a language). */
  options: readonly { value: T; label?: string; name?: string; lang?: string; className?: string }[];
  get: () => T;
  set: (value: T) => void;
}): Control {
  const name = uid('choice');
  const inputs = o.options.map((option) => {
    const input = el('input', { type: 'radio', name, value: String(option.value), id: `${name}-${String(option.value)}` });
    input.addEventListener('change', () => {
      if (input.checked) o.set(option.value);
    });
    const label = el('label', {
      for: input.id,
      class: `choice-pill ${option.className ?? ''}`.trim(),
      ...(option.label ? { 'data-text': option.label } : { text: option.name ?? '' }),
      lang: option.lang,
    });
    return { option, input, node: el('span', { class: 'choice-option' }, [input, label]) };
  });
  const sync = (): void => {
    const current = o.get();
    // A stored value between the steps selects the nearest one.
    const nearest = inputs.reduce((best, item) =>
      typeof current === 'number' && typeof item.option.value === 'number' && typeof best.option.value === 'number'
        ? Math.abs(item.option.value - current) < Math.abs(best.option.value - current)
          ? item
          : best
        : item.option.value === current
          ? item
          : best,
    );
    for (const item of inputs) item.input.checked = item === nearest;
  };
  sync();
  const row = el('fieldset', { class: 'setting setting-choice' }, [
    el('legend', { 'data-text': o.legend }),
    el(
      'div',
      { class: 'choice-options' },
      inputs.map((i) => i.node),
    ),
  ]);
  return { row, sync };
}

export function section(title: string, controls: readonly (Control | HTMLElement)[]): HTMLElement {
  const heading = el('h3', { class: 'settings-section-title', 'data-text': title });
  const nodes = controls.map((c) => (c instanceof HTMLElement ? c : c.row));
  return el('section', { class: 'settings-section', 'data-label': title }, [heading, ...nodes]);
}

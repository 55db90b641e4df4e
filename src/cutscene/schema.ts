// A cutscene is data: typed steps read from levels/cutscenes/<id>.cutscene.json.
import { ContentInvalid, Faults, readArray, readNumber, readObject, readString, type JsonObject } from '../content/read';
import type { Command, ContentIndex } from '../story/commands';
import type { Line } from '../story/line';
import { parseTag, TagError } from '../story/tags';

export type CutsceneStep =
  /** `ms` is how long the step lasts; `blend` how long its change takes (default: `ms`). */
  | { readonly kind: 'command'; readonly command: Command; readonly ms: number; readonly blend: number }
  | { readonly kind: 'line'; readonly line: Line; readonly ms: number }
  | { readonly kind: 'wait'; readonly ms: number }
  | { readonly kind: 'dissolve'; readonly actor: string; readonly ms: number }
  | { readonly kind: 'fade'; readonly to: 'black' | 'clear'; readonly ms: number }
  | { readonly kind: 'card'; readonly card: Card; readonly ms: number }
  | { readonly kind: 'hold'; readonly action: HoldAction; readonly ms: number }
  | { readonly kind: 'credits' }
  | { readonly kind: 'together'; readonly steps: readonly CutsceneStep[] };

/** A title card's words and their id in the string tables. */
export interface Card {
  readonly id: string | null;
  readonly text: string;
}

/** What a hold step waits on: the player holding the lean. */
export type HoldAction = 'lean';
const HOLD_ACTIONS: readonly HoldAction[] = ['lean'];

export interface Cutscene {
  readonly id: string;
  readonly steps: readonly CutsceneStep[];
}

export interface CutsceneContext {
  readonly index: ContentIndex;
  readonly speakers: readonly string[];
}

const MAX_MS = 120_000;

export function validateCutscene(raw: unknown, file: string, context: CutsceneContext): Cutscene {
  const faults = new Faults();
  const root = readObject(raw, '$', faults);
  const id = readString(root.id, '$.id', faults);
  const steps = readSteps(root.steps, '$.steps', faults, context);
  if (faults.list.length > 0) throw new ContentInvalid(file, faults.list);
  return { id, steps };
}

function readSteps(value: unknown, path: string, faults: Faults, context: CutsceneContext): CutsceneStep[] {
  return readArray(value, path, faults).map((step, i) => readStep(step, `${path}[${i}]`, faults, context));
}

function ms(o: JsonObject, path: string, faults: Faults): number {
  return o.ms === undefined ? 0 : readNumber(o.ms, `${path}.ms`, faults, { min: 0, max: MAX_MS });
}

function readStep(value: unknown, path: string, faults: Faults, context: CutsceneContext): CutsceneStep {
  const o = readObject(value, path, faults);
  if (o.tag !== undefined) {
    const tag = readString(o.tag, `${path}.tag`, faults);
    try {
      const command = parseTag(tag, context.index);
      if (command.kind === 'cut' || command.kind === 'object') faults.add(`${path}.tag`, `"${command.kind}" cannot run inside a cutscene`);
      const lasts = ms(o, path, faults);
      // A long change can run under the steps after it (the light warming through the
      // embrace) by giving it a `blend` longer than the step itself.
      const blend = o.blend === undefined ? lasts : readNumber(o.blend, `${path}.blend`, faults, { min: 0, max: MAX_MS });
      return { kind: 'command', command, ms: lasts, blend };
    } catch (error) {
      faults.add(`${path}.tag`, error instanceof TagError ? error.message : String(error));
      return { kind: 'wait', ms: 0 };
    }
  }
  if (o.line !== undefined) {
    const raw = readString(o.line, `${path}.line`, faults);
    const colon = raw.indexOf(':');
    const name = colon > 0 ? raw.slice(0, colon).trim() : '';
    const speaker = context.speakers.includes(name) ? name : null;
    const line = { id: idOf(o, path, faults), speaker, text: speaker ? raw.slice(colon + 1).trim() : raw };
    return { kind: 'line', line, ms: ms(o, path, faults) };
  }
  if (o.wait !== undefined) return { kind: 'wait', ms: readNumber(o.wait, `${path}.wait`, faults, { min: 0, max: MAX_MS }) };
  if (o.dissolve !== undefined) {
    const actor = readString(o.dissolve, `${path}.dissolve`, faults);
    const poses = context.index.actors.get(actor);
    if (!poses) faults.add(`${path}.dissolve`, `unknown actor "${actor}"`);
    // A dissolve ends with the actor gone, which the scene state records as the "hidden" pose.
    else if (!poses.has('hidden')) faults.add(`${path}.dissolve`, `actor "${actor}" needs a "hidden" pose to dissolve into`);
    return { kind: 'dissolve', actor, ms: ms(o, path, faults) };
  }
  if (o.fade !== undefined) {
    if (o.fade !== 'out' && o.fade !== 'in') faults.add(`${path}.fade`, 'expected "out" or "in"');
    return { kind: 'fade', to: o.fade === 'out' ? 'black' : 'clear', ms: ms(o, path, faults) };
  }
  if (o.card !== undefined)
    return { kind: 'card', card: { id: idOf(o, path, faults), text: readString(o.card, `${path}.card`, faults) }, ms: ms(o, path, faults) };
  if (o.hold !== undefined) {
    const action = readString(o.hold, `${path}.hold`, faults);
    if (!HOLD_ACTIONS.includes(action as HoldAction))
      faults.add(`${path}.hold`, `unknown hold "${action}": expected one of ${HOLD_ACTIONS.join(', ')}`);
    // The prompt names the player's own key, button or touch, so it is worded by the game.
    if (o.prompt !== undefined)
      faults.add(`${path}.prompt`, 'a hold is prompted by the game in words for the player\'s controls: remove "prompt"');
    return { kind: 'hold', action: 'lean', ms: ms(o, path, faults) };
  }
  if (o.credits !== undefined) return { kind: 'credits' };
  if (o.together !== undefined) return { kind: 'together', steps: readSteps(o.together, `${path}.together`, faults, context) };
  faults.add(path, 'unknown step: expected one of tag, line, wait, dissolve, fade, card, hold, credits, together');
  return { kind: 'wait', ms: 0 };
}

/** A line's or card's id in the string tables (`npm run lang` gives every one its id). */
function idOf(o: JsonObject, path: string, faults: Faults): string | null {
  if (o.id === undefined) return null;
  return readString(o.id, `${path}.id`, faults);
}

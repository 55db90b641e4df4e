// An action of levels/figures.json, checked against its figure and the scene: its keys name the
// figure's poses, its hand-offs and pours props of the scene and parts of the figure, its changes
// props' states, lights and sound cues that exist, and nothing happens after the action ends.
// Part of validateFigures.ts, which reads the rest of the file.
import { Faults, readArray, readBoolean, readId, readNumber, readObject, readString, type Json } from '../content/read';
import {
  EASES,
  type ActionChange,
  type ActionCue,
  type ActionDef,
  type ActionKey,
  type ActionPour,
  type Ease,
  type FigurePose,
  type Grip,
  type Handoff,
  type HeldProp,
  type PartDef,
} from './figures';
import { handOff } from './keyframes';
import type { LevelDef } from '../level/schema';

export interface ActionContext {
  readonly poses: Readonly<Record<string, FigurePose>>;
  readonly parts: ReadonlyMap<string, PartDef>;
  readonly scene: LevelDef;
  readonly storyPoses: readonly string[];
  readonly actor: string;
  readonly cues: ReadonlySet<string> | undefined;
}

export function readAction(id: string, value: Json | undefined, path: string, faults: Faults, context: ActionContext): ActionDef {
  const o = readObject(value, path, faults);
  const ms = readNumber(o.ms, `${path}.ms`, faults, { min: 1, max: 60_000 });
  const keys = readArray(o.keys, `${path}.keys`, faults).map((k, i): ActionKey => {
    const kp = `${path}.keys[${i}]`;
    const ko = readObject(k, kp, faults);
    const pose = readId(ko.pose, `${kp}.pose`, faults);
    if (pose && !(pose in context.poses)) faults.add(`${kp}.pose`, `no pose "${pose}" for ${context.actor}`);
    const at = readNumber(ko.at, `${kp}.at`, faults, { min: 0 });
    const lasts = readNumber(ko.ms, `${kp}.ms`, faults, { min: 0 });
    if (at + lasts > ms) faults.add(kp, `ends at ${at + lasts} ms, after the action's ${ms} ms`);
    const ease = ko.ease === undefined ? 'inOut' : readString(ko.ease, `${kp}.ease`, faults);
    if (!EASES.includes(ease as Ease)) faults.add(`${kp}.ease`, `expected one of ${EASES.join(', ')}`);
    return { at, ms: lasts, pose, ease: ease as Ease };
  });
  keys.forEach((key, i) => {
    const before = keys[i - 1];
    if (before && key.at < before.at + before.ms)
      faults.add(`${path}.keys[${i}].at`, 'keys run one after another: this one starts before the last has ended');
  });
  const handoffs = (o.handoffs === undefined ? [] : readArray(o.handoffs, `${path}.handoffs`, faults))
    .map((h, i): Handoff => {
      const hp = `${path}.handoffs[${i}]`;
      const ho = readObject(h, hp, faults);
      const prop = readId(ho.prop, `${hp}.prop`, faults);
      if (prop && !context.scene.props.some((p) => p.id === prop)) faults.add(`${hp}.prop`, `no prop "${prop}" in the scene`);
      const to = ho.to === null ? null : readId(ho.to, `${hp}.to`, faults);
      if (to !== null && !context.parts.has(to)) faults.add(`${hp}.to`, `no part "${to}" for ${context.actor}`);
      const at = readNumber(ho.at, `${hp}.at`, faults, { min: 0, max: ms });
      return { at, prop, to, grip: readGrip(ho.grip, `${hp}.grip`, faults) };
    })
    .sort((a, b) => a.at - b.at);
  const cues = (o.cues === undefined ? [] : readArray(o.cues, `${path}.cues`, faults)).map((c, i): ActionCue => {
    const cp = `${path}.cues[${i}]`;
    const co = readObject(c, cp, faults);
    const cue = readString(co.cue, `${cp}.cue`, faults);
    if (cue !== 'smoke' && cue !== 'ember') faults.add(`${cp}.cue`, 'expected "smoke" or "ember"');
    const part = readId(co.part, `${cp}.part`, faults);
    if (part && !context.parts.has(part)) faults.add(`${cp}.part`, `no part "${part}" for ${context.actor}`);
    return { at: readNumber(co.at, `${cp}.at`, faults, { min: 0, max: ms }), cue: cue === 'ember' ? 'ember' : 'smoke', part };
  });
  const changes = (o.changes === undefined ? [] : readArray(o.changes, `${path}.changes`, faults))
    .map((c, i) => readChange(c, `${path}.changes[${i}]`, faults, context, ms))
    .sort((a, b) => a.at - b.at);
  const pours = (o.pours === undefined ? [] : readArray(o.pours, `${path}.pours`, faults))
    .map((p, i) => readPour(p, `${path}.pours[${i}]`, faults, context, ms, handoffs))
    .sort((a, b) => a.at - b.at);
  const then = readId(o.then, `${path}.then`, faults);
  if (then && !(then in context.poses)) faults.add(`${path}.then`, `no pose "${then}" for ${context.actor}`);
  const pose = o.pose === undefined ? null : readId(o.pose, `${path}.pose`, faults);
  if (pose !== null && !context.storyPoses.includes(pose))
    faults.add(`${path}.pose`, `${context.actor} has no story pose "${pose}" in crypt.level.json`);
  let travel: ActionDef['travel'] = null;
  if (o.travel !== undefined) {
    const t = readObject(o.travel, `${path}.travel`, faults);
    travel = {
      at: readNumber(t.at, `${path}.travel.at`, faults, { min: 0 }),
      ms: readNumber(t.ms, `${path}.travel.ms`, faults, { min: 1 }),
    };
    if (travel.at + travel.ms > ms) faults.add(`${path}.travel`, 'ends after the action does');
    if (pose === null) faults.add(`${path}.travel`, 'a travel needs a "pose" to travel to');
  }
  let holds: Readonly<Record<string, HeldProp>> = {};
  for (const h of handoffs) holds = handOff(holds, h.prop, h.to === null ? null : { part: h.to, ...h.grip });
  return { id, ms, keys, handoffs, cues, changes, pours, then, pose, travel, holds };
}

/**
 * `{ "at", "prop", "state" }`, `{ "at", "light", "on" }` or `{ "at", "sfx" }`: a prop's state or a
 * light the scene has, or a sound cue of assets/audio/cues.json.
 */
function readChange(value: Json | undefined, path: string, faults: Faults, context: ActionContext, ms: number): ActionChange {
  const { scene } = context;
  const o = readObject(value, path, faults);
  const at = readNumber(o.at, `${path}.at`, faults, { min: 0, max: ms });
  if (o.sfx !== undefined) {
    const cue = readId(o.sfx, `${path}.sfx`, faults);
    if (cue && context.cues && !context.cues.has(cue)) faults.add(`${path}.sfx`, `no sound cue "${cue}" in assets/audio/cues.json`);
    return { kind: 'sfx', at, cue };
  }
  if (o.light !== undefined) {
    const light = readId(o.light, `${path}.light`, faults);
    if (light && !scene.lights.some((l) => l.id === light)) faults.add(`${path}.light`, `no light "${light}" in the scene`);
    return { kind: 'light', at, light, on: readBoolean(o.on, `${path}.on`, faults) };
  }
  const prop = readId(o.prop, `${path}.prop`, faults);
  const state = readId(o.state, `${path}.state`, faults);
  const def = scene.props.find((p) => p.id === prop);
  if (prop && !def) faults.add(`${path}.prop`, `no prop "${prop}" in the scene`);
  else if (def && state && !(state in def.states))
    faults.add(`${path}.state`, `prop "${prop}" has no state "${state}" (has ${Object.keys(def.states).join(', ')})`);
  const blend = o.ms === undefined ? null : readNumber(o.ms, `${path}.ms`, faults, { min: 0 });
  if (blend !== null && at + blend > ms) faults.add(`${path}.ms`, `blends until ${at + blend} ms, after the action's ${ms} ms`);
  return { kind: 'prop', at, prop, state, ms: blend };
}

/**
 * `{ "at", "until", "from", "into" }`: a stream from a prop the action's hand holds all the while
 * (handed to a part at or before `at`, not let go before `until`) into another prop of the scene.
 */
function readPour(
  value: Json | undefined,
  path: string,
  faults: Faults,
  context: ActionContext,
  ms: number,
  handoffs: readonly Handoff[],
): ActionPour {
  const o = readObject(value, path, faults);
  const at = readNumber(o.at, `${path}.at`, faults, { min: 0, max: ms });
  const until = readNumber(o.until, `${path}.until`, faults, { min: 0, max: ms });
  if (until <= at) faults.add(`${path}.until`, `ends at ${until} ms, not after it starts (${at} ms)`);
  const from = readId(o.from, `${path}.from`, faults);
  const into = readId(o.into, `${path}.into`, faults);
  for (const [key, prop] of [
    ['from', from],
    ['into', into],
  ] as const)
    if (prop && !context.scene.props.some((p) => p.id === prop)) faults.add(`${path}.${key}`, `no prop "${prop}" in the scene`);
  if (from && from === into) faults.add(`${path}.into`, `pours "${from}" into itself`);
  const taken = handoffs.some((h) => h.prop === from && h.to !== null && h.at <= at);
  const letGo = handoffs.some((h) => h.prop === from && h.to === null && h.at > at && h.at < until);
  if (from && (!taken || letGo))
    faults.add(`${path}.from`, `"${from}" is not in a hand of ${context.actor} from ${at} to ${until} ms (see the handoffs)`);
  return { at, until, from, into };
}

function readGrip(value: Json | undefined, path: string, faults: Faults): Grip {
  if (value === undefined) return { x: 0, y: 0, a: 0 };
  const o = readObject(value, path, faults);
  const num = (key: string): number => (o[key] === undefined ? 0 : readNumber(o[key], `${path}.${key}`, faults));
  return { x: num('x'), y: num('y'), a: num('a') };
}

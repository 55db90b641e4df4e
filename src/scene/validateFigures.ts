// Turns untrusted levels/figures.json into FiguresDef, checked against the scene: every figure
// is an actor, every pose names parts it has, every action names poses, parts and props that
// exist. A fault names the JSON path; the first bad file fails the build.
import {
  ContentInvalid,
  Faults,
  isObject,
  readArray,
  readBoolean,
  readId,
  readNumber,
  readObject,
  readString,
  type Json,
} from '../content/read';
import {
  EASES,
  type ActionChange,
  type ActionPour,
  type ActionCue,
  type ActionDef,
  type CarriedDef,
  type ActionKey,
  type Box,
  type Ease,
  type FigureDef,
  type FigurePose,
  type FiguresDef,
  type Grip,
  type MouthDef,
  type Handoff,
  type HeldProp,
  type IdleDef,
  type PartDef,
  type PartPose,
} from './figures';
import { handOff } from './keyframes';
import type { LevelDef } from '../level/schema';

export interface FigureCheckOptions {
  /** Texture names that exist; when given, every part texture must be one. */
  readonly textures?: ReadonlySet<string>;
  /** Sound cues that exist; when given, every sound an action times must be one. */
  readonly cues?: ReadonlySet<string>;
}

export function validateFigures(raw: unknown, file: string, scene: LevelDef, options: FigureCheckOptions = {}): FiguresDef {
  const faults = new Faults();
  const root = readObject(raw, '$', faults);
  const boxes: Record<string, Box> = {};
  for (const [name, value] of Object.entries(readObject(root.boxes, '$.boxes', faults))) {
    const list = readArray(value, `$.boxes.${name}`, faults).map((n, i) => readNumber(n, `$.boxes.${name}[${i}]`, faults));
    const [l = 0, t = 0, r = 0, b = 0] = list;
    if (list.length !== 4 || !(r > l) || !(b > t)) faults.add(`$.boxes.${name}`, 'expected [left, top, right, bottom] around the pivot');
    boxes[name] = [l, t, r, b];
  }
  const figures: Record<string, FigureDef> = {};
  for (const [id, value] of Object.entries(readObject(root.figures, '$.figures', faults))) {
    const path = `$.figures.${id}`;
    const actor = scene.actors.find((a) => a.id === id);
    if (!actor) faults.add(path, `no actor "${id}" in the scene`);
    figures[id] = readFigure(
      id,
      value,
      path,
      faults,
      scene,
      actor ? Object.keys(actor.poses).filter((p) => actor.poses[p]?.texture !== null) : [],
      boxes,
      options.cues,
    );
  }
  const carried: Record<string, CarriedDef> = {};
  for (const [prop, value] of Object.entries(root.carried === undefined ? {} : readObject(root.carried, '$.carried', faults))) {
    const path = `$.carried.${prop}`;
    if (!scene.props.some((p) => p.id === prop)) faults.add(path, `no prop "${prop}" in the scene`);
    const o = readObject(value, path, faults);
    const light = o.light === undefined ? null : readId(o.light, `${path}.light`, faults);
    if (light !== null && !scene.lights.some((l) => l.id === light)) faults.add(`${path}.light`, `no light "${light}" in the scene`);
    carried[prop] = {
      light,
      lightAt: o.lightAt === undefined ? [0, 0] : readPair(o.lightAt, `${path}.lightAt`, faults),
      smokeAt: o.smokeAt === undefined ? null : readPair(o.smokeAt, `${path}.smokeAt`, faults),
    };
  }
  if (options.textures && faults.list.length === 0) {
    for (const [id, figure] of Object.entries(figures)) {
      figure.parts.forEach((part, i) => {
        for (const [variant, texture] of Object.entries(part.textures)) {
          if (!options.textures?.has(texture))
            faults.add(`$.figures.${id}.parts[${i}].textures.${variant}`, `texture "${texture}" has no assets/art/${texture}.png`);
        }
      });
    }
  }
  if (faults.list.length > 0) throw new ContentInvalid(file, faults.list);
  return { figures, boxes, carried };
}

function readFigure(
  id: string,
  value: Json | undefined,
  path: string,
  faults: Faults,
  scene: LevelDef,
  storyPoses: readonly string[],
  boxes: Readonly<Record<string, Box>>,
  cues: ReadonlySet<string> | undefined,
): FigureDef {
  const o = readObject(value, path, faults);
  const unit = readNumber(o.unit, `${path}.unit`, faults, { min: 0.01 });
  const parts = readArray(o.parts, `${path}.parts`, faults).map((p, i) => readPart(p, `${path}.parts[${i}]`, faults));
  const partIds = new Set<string>();
  parts.forEach((part, i) => {
    if (partIds.has(part.id)) faults.add(`${path}.parts[${i}].id`, `duplicate part "${part.id}"`);
    partIds.add(part.id);
    for (const [variant, texture] of Object.entries(part.textures)) {
      if (!(texture in boxes)) faults.add(`${path}.parts[${i}].textures.${variant}`, `texture "${texture}" has no box in $.boxes`);
    }
  });
  parts.forEach((part, i) => {
    if (part.parent !== null && !partIds.has(part.parent)) faults.add(`${path}.parts[${i}].parent`, `no part "${part.parent}"`);
    // A parent must come earlier, so one pass in order places every part.
    if (part.parent !== null && parts.findIndex((p) => p.id === part.parent) > i)
      faults.add(`${path}.parts[${i}].parent`, `part "${part.parent}" must be listed before "${part.id}"`);
  });
  const byId = new Map(parts.map((p) => [p.id, p]));

  const poses: Record<string, FigurePose> = {};
  const rawPoses = readObject(o.poses, `${path}.poses`, faults);
  for (const [name, entry] of Object.entries(rawPoses)) {
    poses[readId(name, `${path}.poses.${name}`, faults)] = readPose(entry, `${path}.poses.${name}`, faults, byId);
  }
  for (const story of storyPoses) {
    if (!(story in poses)) faults.add(`${path}.poses`, `no pose for the story pose "${story}" (crypt.level.json)`);
  }

  const actions: Record<string, ActionDef> = {};
  for (const [name, entry] of Object.entries(readObject(o.actions, `${path}.actions`, faults))) {
    const actionId = readId(name, `${path}.actions.${name}`, faults);
    actions[actionId] = readAction(actionId, entry, `${path}.actions.${name}`, faults, {
      poses,
      parts: byId,
      scene,
      storyPoses,
      actor: id,
      cues,
    });
  }
  const idle = readIdle(o.idle, `${path}.idle`, faults, byId, poses);
  const mouth = readMouth(o.mouth, `${path}.mouth`, faults, byId);
  return { id, unit, mouth, parts, poses, actions, idle };
}

function readPart(value: Json | undefined, path: string, faults: Faults): PartDef {
  const o = readObject(value, path, faults);
  const at = readPair(o.at, `${path}.at`, faults);
  const textures: Record<string, string> = {};
  for (const [variant, texture] of Object.entries(readObject(o.textures, `${path}.textures`, faults))) {
    textures[readId(variant, `${path}.textures.${variant}`, faults)] = readString(texture, `${path}.textures.${variant}`, faults);
  }
  if (Object.keys(textures).length === 0) faults.add(`${path}.textures`, 'a part needs at least one texture');
  return {
    id: readId(o.id, `${path}.id`, faults),
    parent: o.parent === undefined || o.parent === null ? null : readId(o.parent, `${path}.parent`, faults),
    at,
    depth: readNumber(o.depth, `${path}.depth`, faults),
    textures,
  };
}

function readPair(value: Json | undefined, path: string, faults: Faults): [number, number] {
  const list = readArray(value, path, faults);
  if (list.length !== 2) faults.add(path, 'expected [x, y]');
  return [readNumber(list[0], `${path}[0]`, faults), readNumber(list[1], `${path}[1]`, faults)];
}

/** A pose lists only what differs from rest: angle 0, no offset, fully shown, the first variant. */
function readPose(value: Json | undefined, path: string, faults: Faults, parts: ReadonlyMap<string, PartDef>): FigurePose {
  const o = readObject(value, path, faults);
  const pose: Record<string, PartPose> = {};
  for (const [partId, part] of parts) {
    const entry = o[partId];
    const first = Object.keys(part.textures)[0] ?? '';
    if (entry === undefined) {
      pose[partId] = { a: 0, x: 0, y: 0, alpha: 1, tex: first };
      continue;
    }
    const p = readObject(entry, `${path}.${partId}`, faults);
    const num = (key: string, fallback: number, range: { min?: number; max?: number } = {}): number =>
      p[key] === undefined ? fallback : readNumber(p[key], `${path}.${partId}.${key}`, faults, range);
    const tex = p.tex === undefined ? first : readId(p.tex, `${path}.${partId}.tex`, faults);
    if (!(tex in part.textures))
      faults.add(`${path}.${partId}.tex`, `part "${partId}" has no variant "${tex}" (has ${Object.keys(part.textures).join(', ')})`);
    pose[partId] = { a: num('a', 0), x: num('x', 0), y: num('y', 0), alpha: num('alpha', 1, { min: 0, max: 1 }), tex };
  }
  for (const key of Object.keys(o)) if (!parts.has(key)) faults.add(`${path}.${key}`, `no part "${key}"`);
  return pose;
}

interface ActionContext {
  readonly poses: Readonly<Record<string, FigurePose>>;
  readonly parts: ReadonlyMap<string, PartDef>;
  readonly scene: LevelDef;
  readonly storyPoses: readonly string[];
  readonly actor: string;
  readonly cues: ReadonlySet<string> | undefined;
}

function readAction(id: string, value: Json | undefined, path: string, faults: Faults, context: ActionContext): ActionDef {
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

function readIdle(
  value: Json | undefined,
  path: string,
  faults: Faults,
  parts: ReadonlyMap<string, PartDef>,
  poses: Readonly<Record<string, FigurePose>>,
): IdleDef {
  if (value === undefined) return { breathe: null, blink: null, glance: null };
  const o = readObject(value, path, faults);
  const partOf = (v: Json | undefined, p: string): string => {
    const id = readId(v, p, faults);
    if (id && !parts.has(id)) faults.add(p, `no part "${id}"`);
    return id;
  };
  let breathe: IdleDef['breathe'] = null;
  if (isObject(o.breathe)) {
    const b = o.breathe;
    breathe = {
      part: partOf(b.part, `${path}.breathe.part`),
      y: readNumber(b.y, `${path}.breathe.y`, faults),
      a: readNumber(b.a, `${path}.breathe.a`, faults),
      periodMs: readNumber(b.periodMs, `${path}.breathe.periodMs`, faults, { min: 500 }),
    };
  }
  let blink: IdleDef['blink'] = null;
  if (isObject(o.blink)) {
    const b = o.blink;
    const part = partOf(b.part, `${path}.blink.part`);
    const open = readId(b.open, `${path}.blink.open`, faults);
    const closed = readId(b.closed, `${path}.blink.closed`, faults);
    const textures = parts.get(part)?.textures ?? {};
    for (const [key, variant] of [
      ['open', open],
      ['closed', closed],
    ] as const) {
      if (variant && part && !(variant in textures)) faults.add(`${path}.blink.${key}`, `part "${part}" has no variant "${variant}"`);
    }
    blink = { part, open, closed };
  }
  let glance: IdleDef['glance'] = null;
  if (isObject(o.glance)) {
    const g = o.glance;
    const from = readId(g.from, `${path}.glance.from`, faults);
    const pose = readId(g.pose, `${path}.glance.pose`, faults);
    for (const [key, name] of [
      ['from', from],
      ['pose', pose],
    ] as const)
      if (name && !(name in poses)) faults.add(`${path}.glance.${key}`, `no pose "${name}"`);
    glance = { from, pose };
  }
  return { breathe, blink, glance };
}

function readMouth(value: unknown, path: string, faults: Faults, parts: ReadonlyMap<string, PartDef>): MouthDef {
  const o = readObject(value, path, faults);
  const part = readString(o.part, `${path}.part`, faults);
  if (part && !parts.has(part)) faults.add(`${path}.part`, `no part "${part}"`);
  return { part, x: readNumber(o.x, `${path}.x`, faults), y: readNumber(o.y, `${path}.y`, faults) };
}

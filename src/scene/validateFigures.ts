// Turns untrusted levels/figures.json into FiguresDef, checked against the scene: every figure
// is an actor, every pose names parts it has, every action names poses, parts and props that
// exist (actions are read in validateActions.ts). A fault names the JSON path; the first bad
// file fails the build.
import { ContentInvalid, Faults, isObject, readArray, readId, readNumber, readObject, readString, type Json } from '../content/read';
import {
  type ActionDef,
  type CarriedDef,
  type Box,
  type FigureDef,
  type FigurePose,
  type FiguresDef,
  type MouthDef,
  type IdleDef,
  type PartDef,
  type PartPose,
} from './figures';
import { readAction } from './validateActions';
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

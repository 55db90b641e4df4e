// Turns untrusted level JSON into a LevelDef, or reports every fault with its JSON path.
import {
  ContentInvalid,
  Faults,
  isObject,
  readArray,
  readBoolean,
  readColour,
  readId,
  readNumber,
  readObject,
  readString,
  type Json,
  type JsonObject,
} from '../content/read';
import {
  FLICKER_PROFILES,
  texturesOf,
  type SmokeDef,
  type ActorDef,
  type FlickerProfile,
  type LightDef,
  type MoodDef,
  type Point,
  type PoseDef,
  type PropDef,
  type Rect,
  type LevelDef,
  type ShotDef,
} from './schema';

export interface LevelCheckOptions {
  /** Texture names that exist; when given, every texture the scene names must be one. */
  readonly textures?: ReadonlySet<string>;
  /** The renderer's compiled light limit; when absent the file's own maxLights is used. */
  readonly lightLimit?: number;
}

export function validateLevel(raw: unknown, file: string, options: LevelCheckOptions = {}): LevelDef {
  const faults = new Faults();
  const root = readObject(raw, '$', faults);
  const size = readObject(root.size, '$.size', faults);
  const width = readNumber(size.width, '$.size.width', faults, { min: 1 });
  const height = readNumber(size.height, '$.size.height', faults, { min: 1 });
  const maxLights = readNumber(root.maxLights, '$.maxLights', faults, { min: 1, max: 32 });
  const speakers = readArray(root.speakers, '$.speakers', faults).map((s, i) => readString(s, `$.speakers[${i}]`, faults));

  const moods = readMap(root.moods, '$.moods', faults, (value, path) => readMood(value, path, faults));
  const initialMood = readString(root.initialMood, '$.initialMood', faults);
  if (initialMood && !(initialMood in moods)) faults.add('$.initialMood', `no mood "${initialMood}" in $.moods`);

  const ids = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const earlier = ids.get(id);
    if (earlier !== undefined) faults.add(path, `duplicate id "${id}" (first at ${earlier})`);
    else if (id) ids.set(id, path);
  };

  const lights = readArray(root.lights, '$.lights', faults).map((value, i) => readLight(value, `$.lights[${i}]`, faults));
  lights.forEach((light, i) => claim(light.id, `$.lights[${i}].id`));
  const limit = options.lightLimit ?? maxLights;
  if (lights.length > limit) {
    faults.add('$.lights', `${lights.length} lights is over the renderer's light limit of ${limit}`);
  }

  const bounds = { width, height };
  const props = readArray(root.props, '$.props', faults).map((value, i) => readProp(value, `$.props[${i}]`, faults, bounds));
  props.forEach((prop, i) => claim(prop.id, `$.props[${i}].id`));
  checkHotspotsApart(props, faults);

  const marks = readMap(root.marks, '$.marks', faults, (value, path) => readPoint(value, path, faults));
  const actors = readArray(root.actors, '$.actors', faults).map((value, i) => readActor(value, `$.actors[${i}]`, faults, marks));
  actors.forEach((actor, i) => claim(actor.id, `$.actors[${i}].id`));

  const shots = readMap(root.shots, '$.shots', faults, (value, path) => readShot(value, path, faults));
  const initialShot = readString(root.initialShot, '$.initialShot', faults);
  if (initialShot && !(initialShot in shots)) faults.add('$.initialShot', `no shot "${initialShot}" in $.shots`);

  const leaner = readString(root.leaner, '$.leaner', faults);
  const leaning = actors.find((a) => a.id === leaner);
  if (leaner && !leaning) faults.add('$.leaner', `no actor "${leaner}" in $.actors`);
  else if (leaning && !('lean' in leaning.poses)) faults.add('$.leaner', `actor "${leaner}" has no "lean" pose to lean into`);
  const glowTexture = readString(root.glowTexture, '$.glowTexture', faults);
  const backdrop = readString(root.backdrop, '$.backdrop', faults);

  const scene: LevelDef = {
    width,
    height,
    maxLights,
    speakers,
    moods,
    initialMood,
    lights,
    props,
    marks,
    actors,
    shots,
    initialShot,
    leaner,
    glowTexture,
    backdrop,
  };
  if (options.textures && faults.list.length === 0) checkTextures(scene, options.textures, faults);
  if (faults.list.length > 0) throw new ContentInvalid(file, faults.list);
  return scene;
}

function readMap<T>(value: unknown, path: string, faults: Faults, read: (value: Json, path: string) => T): Record<string, T> {
  const object = readObject(value, path, faults);
  const out: Record<string, T> = {};
  for (const [key, entry] of Object.entries(object)) {
    const id = readId(key, `${path}.${key}`, faults);
    out[id] = read(entry, `${path}.${key}`);
  }
  return out;
}

function readPoint(value: unknown, path: string, faults: Faults): Point {
  const o = readObject(value, path, faults);
  return { x: readNumber(o.x, `${path}.x`, faults), y: readNumber(o.y, `${path}.y`, faults) };
}

function readMood(value: unknown, path: string, faults: Faults): MoodDef {
  const o = readObject(value, path, faults);
  return {
    ambient: readColour(o.ambient, `${path}.ambient`, faults),
    lightScale: readNumber(o.lightScale, `${path}.lightScale`, faults, { min: 0, max: 4 }),
    tint: readColour(o.tint, `${path}.tint`, faults),
  };
}

function readShot(value: unknown, path: string, faults: Faults): ShotDef {
  const o = readObject(value, path, faults);
  return { ...readPoint(o, path, faults), zoom: readNumber(o.zoom, `${path}.zoom`, faults, { min: 0.5, max: 4 }) };
}

function readLight(value: unknown, path: string, faults: Faults): LightDef {
  const o = readObject(value, path, faults);
  const flicker = o.flicker;
  if (!FLICKER_PROFILES.includes(flicker as FlickerProfile)) {
    faults.add(`${path}.flicker`, `expected one of ${FLICKER_PROFILES.join(', ')}`);
  }
  let flame: LightDef['flame'] = null;
  if (o.flame !== undefined) {
    const f = readObject(o.flame, `${path}.flame`, faults);
    flame = {
      texture: readString(f.texture, `${path}.flame.texture`, faults),
      scale: readNumber(f.scale, `${path}.flame.scale`, faults, { min: 0.01, max: 4 }),
    };
  }
  return {
    id: readId(o.id, `${path}.id`, faults),
    ...readPoint(o, path, faults),
    z: readNumber(o.z, `${path}.z`, faults, { min: 0 }),
    radius: readNumber(o.radius, `${path}.radius`, faults, { min: 1 }),
    color: readColour(o.color, `${path}.color`, faults),
    intensity: readNumber(o.intensity, `${path}.intensity`, faults, { min: 0, max: 10 }),
    flicker: flicker as FlickerProfile,
    flame,
    on: readBoolean(o.on, `${path}.on`, faults),
  };
}

function readRect(value: unknown, path: string, faults: Faults, bounds: { width: number; height: number }): Rect {
  const o = readObject(value, path, faults);
  const rect = {
    ...readPoint(o, path, faults),
    w: readNumber(o.w, `${path}.w`, faults, { min: 8 }),
    h: readNumber(o.h, `${path}.h`, faults, { min: 8 }),
  };
  if (rect.x < 0 || rect.y < 0 || rect.x + rect.w > bounds.width || rect.y + rect.h > bounds.height) {
    faults.add(path, `hotspot lies outside the ${bounds.width}×${bounds.height} scene`);
  }
  return rect;
}

/**
 * Two objects' hotspots may touch but not overlap: where they do, the one drawn later takes
 * the shared ground, and a tap or click aimed at the other's middle may use the wrong object.
 */
function checkHotspotsApart(props: readonly PropDef[], faults: Faults): void {
  props.forEach((prop, i) => {
    const a = prop.hotspot;
    if (!a) return;
    props.slice(0, i).forEach((other, j) => {
      const b = other.hotspot;
      if (!b) return;
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) {
        faults.add(`$.props[${i}].hotspot`, `hotspot overlaps $.props[${j}] ("${other.id}"); hotspots may touch, never overlap`);
      }
    });
  });
}

function readProp(value: unknown, path: string, faults: Faults, bounds: { width: number; height: number }): PropDef {
  const o: JsonObject = readObject(value, path, faults);
  const statesRaw = readObject(o.states, `${path}.states`, faults);
  const states: Record<string, string | null> = {};
  for (const [state, texture] of Object.entries(statesRaw)) {
    readId(state, `${path}.states.${state}`, faults);
    states[state] = texture === null ? null : readString(texture, `${path}.states.${state}`, faults);
  }
  if (Object.keys(states).length === 0) faults.add(`${path}.states`, 'a prop needs at least one state');
  const initial = readString(o.initial, `${path}.initial`, faults);
  if (initial && !(initial in states)) faults.add(`${path}.initial`, `no state "${initial}" in ${path}.states`);
  return {
    id: readId(o.id, `${path}.id`, faults),
    label: readString(o.label, `${path}.label`, faults),
    ...readPoint(o, path, faults),
    depth: readNumber(o.depth, `${path}.depth`, faults),
    lit: readBoolean(o.lit, `${path}.lit`, faults),
    states,
    initial,
    hotspot: o.hotspot === undefined ? null : readRect(o.hotspot, `${path}.hotspot`, faults, bounds),
    smoke: o.smoke === undefined ? null : readSmoke(o.smoke, `${path}.smoke`, faults, states),
  };
}

function readSmoke(value: unknown, path: string, faults: Faults, states: Readonly<Record<string, string | null>>): SmokeDef {
  const o = readObject(value, path, faults);
  const whileState = readString(o.while, `${path}.while`, faults);
  if (whileState && !(whileState in states)) faults.add(`${path}.while`, `no state "${whileState}" in the prop's states`);
  return { ...readPoint(o, path, faults), whileState };
}

function readActor(value: unknown, path: string, faults: Faults, marks: Record<string, Point>): ActorDef {
  const o = readObject(value, path, faults);
  const posesRaw = readObject(o.poses, `${path}.poses`, faults);
  const poses: Record<string, PoseDef> = {};
  for (const [pose, entry] of Object.entries(posesRaw)) {
    const posePath = `${path}.poses.${pose}`;
    readId(pose, posePath, faults);
    const p = isObject(entry) ? entry : readObject(entry, posePath, faults);
    const mark = readString(p.mark, `${posePath}.mark`, faults);
    if (mark && !(mark in marks)) faults.add(`${posePath}.mark`, `no mark "${mark}" in $.marks`);
    poses[pose] = { texture: p.texture === null ? null : readString(p.texture, `${posePath}.texture`, faults), mark };
  }
  const initial = readString(o.initial, `${path}.initial`, faults);
  if (initial && !(initial in poses)) faults.add(`${path}.initial`, `no pose "${initial}" in ${path}.poses`);
  return {
    id: readId(o.id, `${path}.id`, faults),
    name: readString(o.name, `${path}.name`, faults),
    depth: readNumber(o.depth, `${path}.depth`, faults),
    initial,
    poses,
    glance: o.glance === undefined ? null : readGlance(o.glance, `${path}.glance`, faults, poses),
  };
}

function readGlance(value: unknown, path: string, faults: Faults, poses: Record<string, PoseDef>): { from: string; to: string } {
  const o = readObject(value, path, faults);
  const from = readString(o.from, `${path}.from`, faults);
  const to = readString(o.to, `${path}.to`, faults);
  for (const [field, pose] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (pose && !(pose in poses)) faults.add(`${path}.${field}`, `no pose "${pose}" in the actor's poses`);
    else if (pose && poses[pose]?.texture === null) faults.add(`${path}.${field}`, `pose "${pose}" draws nothing`);
  }
  return { from, to };
}

function checkTextures(scene: LevelDef, textures: ReadonlySet<string>, faults: Faults): void {
  for (const name of texturesOf(scene)) {
    if (!textures.has(name)) faults.add(findTexturePath(scene, name), `unknown texture "${name}" (no assets/art/${name}.png)`);
  }
}

function findTexturePath(scene: LevelDef, name: string): string {
  for (const [i, prop] of scene.props.entries()) {
    for (const [state, texture] of Object.entries(prop.states)) if (texture === name) return `$.props[${i}].states.${state}`;
  }
  for (const [i, actor] of scene.actors.entries()) {
    for (const [pose, def] of Object.entries(actor.poses)) if (def.texture === name) return `$.actors[${i}].poses.${pose}.texture`;
  }
  for (const [i, light] of scene.lights.entries()) if (light.flame?.texture === name) return `$.lights[${i}].flame.texture`;
  if (scene.backdrop === name) return '$.backdrop';
  return '$';
}

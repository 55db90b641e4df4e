// One parser turns every story tag into a typed command through a lookup table. An unknown
// tag, or one naming an id the content does not have, is an error with a clear reason.
import type { Command, ContentIndex } from './commands';

export class TagError extends Error {
  constructor(
    readonly tag: string,
    readonly reason: string,
  ) {
    super(`tag "${tag}": ${reason}`);
    this.name = 'TagError';
  }
}

type Parser = (args: string[], index: ContentIndex, tag: string) => Command;

const WORD = /^[a-z][a-z0-9_]*$/;

function arity(args: string[], count: number, usage: string, tag: string): void {
  if (args.length !== count) throw new TagError(tag, `expected "${usage}"`);
}

function cueOn(bus: 'music' | 'ambience' | 'sfx', cue: string, index: ContentIndex, tag: string): string {
  const entry = index.cues.get(cue);
  if (!entry) throw new TagError(tag, `unknown sound cue "${cue}" (not in assets/audio/cues.json)`);
  if (entry.bus !== bus) throw new TagError(tag, `cue "${cue}" is on the ${entry.bus} bus, not ${bus}`);
  return cue;
}

function known(set: ReadonlySet<string> | ReadonlyMap<string, unknown>, id: string, what: string, tag: string): void {
  if (!set.has(id)) throw new TagError(tag, `unknown ${what} "${id}"`);
}

function stateOf(map: ReadonlyMap<string, ReadonlySet<string>>, id: string, state: string, what: string, tag: string): void {
  const states = map.get(id);
  if (!states) throw new TagError(tag, `unknown ${what} "${id}"`);
  if (!states.has(state)) throw new TagError(tag, `${what} "${id}" has no state "${state}" (has ${[...states].join(', ')})`);
}

const PARSERS: Readonly<Record<string, Parser>> = {
  sfx: (args, index, tag) => {
    arity(args, 1, 'sfx: <cue>', tag);
    return { kind: 'sfx', cue: cueOn('sfx', args[0] ?? '', index, tag) };
  },
  music: (args, index, tag) => {
    arity(args, 1, 'music: <cue> | stop', tag);
    const cue = args[0] ?? '';
    return { kind: 'music', cue: cue === 'stop' ? null : cueOn('music', cue, index, tag) };
  },
  ambience: (args, index, tag) => {
    arity(args, 1, 'ambience: <cue> | stop', tag);
    const cue = args[0] ?? '';
    return { kind: 'ambience', cue: cue === 'stop' ? null : cueOn('ambience', cue, index, tag) };
  },
  light: (args, index, tag) => {
    arity(args, 2, 'light: <light> on|off', tag);
    const [light = '', onOff = ''] = args;
    known(index.lights, light, 'light', tag);
    if (onOff !== 'on' && onOff !== 'off') throw new TagError(tag, 'expected "on" or "off"');
    return { kind: 'light', light, on: onOff === 'on' };
  },
  mood: (args, index, tag) => {
    arity(args, 1, 'mood: <mood>', tag);
    const mood = args[0] ?? '';
    known(index.moods, mood, 'mood', tag);
    return { kind: 'mood', mood };
  },
  prop: (args, index, tag) => {
    arity(args, 2, 'prop: <prop> <state>', tag);
    const [prop = '', state = ''] = args;
    stateOf(index.props, prop, state, 'prop', tag);
    return { kind: 'prop', prop, state };
  },
  actor: (args, index, tag) => {
    arity(args, 2, 'actor: <actor> <pose>', tag);
    const [actor = '', pose = ''] = args;
    stateOf(index.actors, actor, pose, 'actor', tag);
    return { kind: 'actor', actor, pose };
  },
  act: (args, index, tag) => {
    arity(args, 2, 'act: <actor> <action>', tag);
    const [actor = '', action = ''] = args;
    const actions = index.actions.get(actor);
    if (!actions) throw new TagError(tag, `no figure "${actor}" in levels/figures.json`);
    if (!actions.has(action))
      throw new TagError(tag, `figure "${actor}" has no action "${action}" (has ${[...actions.keys()].join(', ')})`);
    return { kind: 'act', actor, action, pose: actions.get(action) ?? null };
  },
  shot: (args, index, tag) => {
    arity(args, 1, 'shot: <shot>', tag);
    const shot = args[0] ?? '';
    known(index.shots, shot, 'camera shot', tag);
    return { kind: 'shot', shot };
  },
  cut: (args, index, tag) => {
    arity(args, 1, 'cut: <cutscene>', tag);
    const cutscene = args[0] ?? '';
    known(index.cutscenes, cutscene, 'cutscene (no levels/cutscenes/<id>.cutscene.json)', tag);
    return { kind: 'cut', cutscene };
  },
  beat: (args, _index, tag) => {
    arity(args, 1, 'beat: <name>', tag);
    const beat = args[0] ?? '';
    if (!WORD.test(beat)) throw new TagError(tag, 'a beat is a lower-case word');
    return { kind: 'beat', beat };
  },
  object: (args, index, tag) => {
    arity(args, 1, 'object: <prop>', tag);
    const prop = args[0] ?? '';
    known(index.props, prop, 'prop', tag);
    return { kind: 'object', prop };
  },
};

export const TAG_KEYS: readonly string[] = Object.keys(PARSERS);

export function parseTag(tag: string, index: ContentIndex): Command {
  const text = tag.trim();
  const colon = text.indexOf(':');
  if (colon < 0) throw new TagError(text, `expected "key: value" with a key among ${TAG_KEYS.join(', ')}`);
  const key = text.slice(0, colon).trim();
  const parser = PARSERS[key];
  if (!parser) throw new TagError(text, `unknown tag "${key}" (known: ${TAG_KEYS.join(', ')})`);
  const args = text
    .slice(colon + 1)
    .trim()
    .split(/\s+/)
    .filter((a) => a.length > 0);
  return parser(args, index, text);
}

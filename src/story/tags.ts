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

/** `key: <cue> | stop` on one bus: the cue, or null for stop. */
function cueOrStop(bus: 'music' | 'ambience', args: string[], index: ContentIndex, tag: string): string | null {
  arity(args, 1, `${bus}: <cue> | stop`, tag);
  const cue = args[0] ?? '';
  return cue === 'stop' ? null : cueOn(bus, cue, index, tag);
}

/** `key: <id>`, one argument naming a known thing: the id. */
function oneKnown(
  args: string[],
  usage: string,
  set: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  what: string,
  tag: string,
): string {
  arity(args, 1, usage, tag);
  const id = args[0] ?? '';
  known(set, id, what, tag);
  return id;
}

/** `key: <id> <state>`, two arguments naming a known thing and one of its states: the pair. */
function withState(
  args: string[],
  usage: string,
  map: ReadonlyMap<string, ReadonlySet<string>>,
  what: string,
  tag: string,
): readonly [string, string] {
  arity(args, 2, usage, tag);
  const [id = '', state = ''] = args;
  stateOf(map, id, state, what, tag);
  return [id, state];
}

const PARSERS: Readonly<Record<string, Parser>> = {
  sfx: (args, index, tag) => {
    arity(args, 1, 'sfx: <cue>', tag);
    return { kind: 'sfx', cue: cueOn('sfx', args[0] ?? '', index, tag) };
  },
  music: (args, index, tag) => ({ kind: 'music', cue: cueOrStop('music', args, index, tag) }),
  ambience: (args, index, tag) => ({ kind: 'ambience', cue: cueOrStop('ambience', args, index, tag) }),
  light: (args, index, tag) => {
    arity(args, 2, 'light: <light> on|off', tag);
    const [light = '', onOff = ''] = args;
    known(index.lights, light, 'light', tag);
    if (onOff !== 'on' && onOff !== 'off') throw new TagError(tag, 'expected "on" or "off"');
    return { kind: 'light', light, on: onOff === 'on' };
  },
  mood: (args, index, tag) => ({ kind: 'mood', mood: oneKnown(args, 'mood: <mood>', index.moods, 'mood', tag) }),
  prop: (args, index, tag) => {
    const [prop, state] = withState(args, 'prop: <prop> <state>', index.props, 'prop', tag);
    return { kind: 'prop', prop, state };
  },
  actor: (args, index, tag) => {
    const [actor, pose] = withState(args, 'actor: <actor> <pose>', index.actors, 'actor', tag);
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
  shot: (args, index, tag) => ({ kind: 'shot', shot: oneKnown(args, 'shot: <shot>', index.shots, 'camera shot', tag) }),
  cut: (args, index, tag) => ({
    kind: 'cut',
    cutscene: oneKnown(args, 'cut: <cutscene>', index.cutscenes, 'cutscene (no levels/cutscenes/<id>.cutscene.json)', tag),
  }),
  beat: (args, _index, tag) => {
    arity(args, 1, 'beat: <name>', tag);
    const beat = args[0] ?? '';
    if (!WORD.test(beat)) throw new TagError(tag, 'a beat is a lower-case word');
    return { kind: 'beat', beat };
  },
  object: (args, index, tag) => ({ kind: 'object', prop: oneKnown(args, 'object: <prop>', index.props, 'prop', tag) }),
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

// Walks every path through levels/every-night.ink in Node: every order of the ritual's objects
// (refusals and re-examining included) and every combination of dialogue choices.
//
// How the walk stays finite: depth-first from each choice point, with the story's state saved
// (`state.toJson()`) and restored (`state.LoadJson`). Two points whose state is the same are
// walked once (and their path counts shared). "The same" ignores the turn counter, which only
// TURNS_SINCE and shuffles read (the script uses neither; a spec below checks), and, once the
// ritual is over, the ritual's visit counts (nothing after it reads them). A sticky choice may
// be taken at most MAX_PICKS times on one path, which is more than any examine text varies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Story } from 'inkjs';
import { Compiler } from 'inkjs/full';
import { compileInk } from '../../build/ink';

const INK_FILE = 'levels/every-night.ink';
const BEATS = ['cold_open', 'ritual', 'remembering', 'footsteps', 'conversation', 'kiss', 'reunion'];
const source = readFileSync(INK_FILE, 'utf8');
const storyJson = compileInk(source, INK_FILE);
const countCaps = visitCountCaps(JSON.parse(storyJson) as { root: unknown });
const ritualOnlyVariables = variablesOnlyTheRitualReads(source);

/** Variables that no knot after the ritual mentions: once it is over, they change nothing. */
function variablesOnlyTheRitualReads(ink: string): Set<string> {
  const declared = [...ink.matchAll(/^(?:VAR|LIST)\s+(\w+)/gm)].map((match) => match[1] ?? '');
  const knots = ink.split(/^(?====)/m).filter((part) => part.startsWith('==='));
  const later = knots.filter((knot) => !/^===\s*(cold_open|ritual)\b/.test(knot)).join('\n');
  return new Set(declared.filter((name) => !new RegExp(`\\b${name}\\b`).test(later)));
}

/**
 * The visit counts that can still change what the story does. The script's sequences are all
 * `stopping` (a spec checks): a sequence of n branches behaves the same for every count from n
 * on. A once-only choice only asks whether it was taken. Anything else counted keeps its count.
 */
function visitCountCaps(compiled: { root: unknown }): Map<string, number> {
  const caps = new Map<string, number>();
  const visit = (node: unknown, path: string[]): void => {
    if (!Array.isArray(node)) return;
    node.forEach((child, index) => {
      visit(child, [...path, String(index)]);
    });
    const last: unknown = node[node.length - 1];
    if (last === null || typeof last !== 'object' || Array.isArray(last)) return;
    const named = Object.entries(last as Record<string, unknown>).filter(([key]) => !key.startsWith('#'));
    for (const [key, child] of named) visit(child, [...path, key]);
    const name = path.join('.');
    const branches = named.filter(([key]) => /^s\d+$/.test(key)).length;
    if (branches > 0) caps.set(name, branches);
    else if (/\.c-\d+$/.test(name)) caps.set(name, 1);
  };
  visit(compiled.root, []);
  return caps;
}

/** What one path has shown so far; part of a point's identity, so rules can be checked per path. */
interface Facts {
  beats: string[];
  lighterLit: boolean;
  smoked: boolean;
  drained: boolean;
  glass: string;
  cuts: string[];
}

interface Point {
  state: string;
  facts: Facts;
  path: string[];
}

interface Walk {
  paths: number;
  points: number;
  endings: number;
  faults: string[];
}

function tagsOf(story: Story): string[] {
  return story.currentTags ?? [];
}

/** Applies one line's tags to the facts, reporting any rule the path breaks. */
function observe(tags: string[], facts: Facts, fault: (why: string) => void): void {
  for (const tag of tags) {
    const [key = '', ...args] = tag.split(/:\s*|\s+/).filter((part) => part !== '');
    const subject = args[0] ?? '';
    const value = args[1] ?? '';
    if (key === 'beat') facts.beats.push(subject);
    if (key === 'cut') facts.cuts.push(subject);
    if (key === 'prop' && subject === 'lighter' && value === 'lit') facts.lighterLit = true;
    if (key === 'prop' && subject === 'cigarette' && value === 'burning') {
      if (!facts.lighterLit) fault('the cigarette burns before the lighter was lit');
      facts.smoked = true;
    }
    if (key === 'sfx' && subject === 'cigarette_light' && !facts.lighterLit) {
      fault('a cigarette is lit before the lighter was');
    }
    if (key === 'sfx' && subject === 'glass_drained') facts.drained = true;
    if (key === 'prop' && subject === 'glass') {
      if (facts.drained && value !== 'empty') fault(`the glass shows "${value}" after he drained it`);
      facts.glass = value;
    }
    if (key === 'cut' && subject === 'kiss' && !facts.drained) fault('the kiss comes before he drains the glass');
  }
}

/** Each translation table's keys with a text, by language (the story must read whole in each). */
const translated = new Map(
  readdirSync('levels/lang')
    .filter((f) => f.endsWith('.json') && f !== 'en.json')
    .map((f) => {
      const table = JSON.parse(readFileSync(`levels/lang/${f}`, 'utf8')) as { lang: string; strings: Record<string, { text: string }> };
      return [
        table.lang,
        new Set(
          Object.entries(table.strings)
            .filter(([, e]) => e.text !== '')
            .map(([k]) => k),
        ),
      ] as const;
    }),
);

/** A line or choice shown must have an id, and a translation of it in every language. */
function readsInEveryLanguage(text: string, tags: readonly string[], fault: (why: string) => void): void {
  if (text.trim() === '') return;
  const id = tags.map((t) => /^id:\s*(\S+)/.exec(t)?.[1]).find((x) => x !== undefined);
  if (id === undefined) {
    fault(`"${text.trim()}" has no id`);
    return;
  }
  for (const [lang, keys] of translated) if (!keys.has(id)) fault(`"${id}" has no ${lang} translation`);
}

/** Continues to the next choice point (or the end), checking every line's tags. */
function advance(story: Story, facts: Facts, fault: (why: string) => void): void {
  while (story.canContinue) {
    const text = story.Continue() ?? '';
    observe(tagsOf(story), facts, fault);
    readsInEveryLanguage(text, tagsOf(story), fault);
  }
  for (const choice of story.currentChoices) readsInEveryLanguage(choice.text, choice.tags ?? [], fault);
}

interface SavedThread {
  threadIndex: number;
}
interface SavedFlow {
  callstack: { threads: SavedThread[]; threadCounter?: number };
  outputStream?: unknown;
  choiceThreads?: Record<string, SavedThread>;
  currentChoices?: { originalThreadIndex: number }[];
}
interface SavedState {
  flows: Record<string, SavedFlow>;
  visitCounts?: Record<string, number>;
  variablesState?: Record<string, unknown>;
  turnIdx?: number;
  turnIndices?: unknown;
}

/**
 * A point's identity: its saved state without what cannot change the story's future — the turn
 * counter, text already output, the numbering of threads — with visit counts capped where
 * more visits change nothing, and the ritual's counts and variables dropped once it is over
 * (nothing after it mentions them, and nothing runs ritual content again: the walk checks),
 * plus what the path has shown so far.
 */
function identity(point: Point): string {
  const state = JSON.parse(point.state) as SavedState;
  delete state.turnIdx;
  delete state.turnIndices;
  const afterRitual = point.facts.beats.includes('remembering');
  if (afterRitual) {
    state.variablesState = Object.fromEntries(
      Object.entries(state.variablesState ?? {}).filter(([name]) => !ritualOnlyVariables.has(name)),
    );
  }
  state.visitCounts = Object.fromEntries(
    Object.entries(state.visitCounts ?? {})
      .filter(([name]) => !(afterRitual && name.startsWith('ritual')))
      .map(([name, count]) => [name, Math.min(count, countCaps.get(name) ?? count)]),
  );
  for (const flow of Object.values(state.flows)) {
    delete flow.outputStream;
    delete flow.callstack.threadCounter;
    const choiceThreads = Object.values(flow.choiceThreads ?? {});
    const used = [...flow.callstack.threads, ...choiceThreads].map((thread) => thread.threadIndex);
    const rank = new Map([...new Set(used)].sort((a, b) => a - b).map((index, order) => [index, order]));
    const renumber = (index: number): number => rank.get(index) ?? -1;
    for (const thread of [...flow.callstack.threads, ...choiceThreads]) thread.threadIndex = renumber(thread.threadIndex);
    flow.choiceThreads = Object.fromEntries(choiceThreads.map((thread) => [String(thread.threadIndex), thread]));
    for (const choice of flow.currentChoices ?? []) choice.originalThreadIndex = renumber(choice.originalThreadIndex);
  }
  return JSON.stringify([state, point.facts]);
}

function walkEveryPath(): Walk {
  const story = new Story(storyJson);
  const walk: Walk = { paths: 0, points: 0, endings: 0, faults: [] };
  const counted = new Map<string, number>();
  const walking = new Set<string>();
  let current: string[] = [];
  const fault = (why: string): void => {
    walk.faults.push(`${why} — after: ${current.join(' → ') || '(start)'}`);
  };
  story.onError = (message: string): void => {
    fault(`ink error: ${message}`);
  };

  const facts: Facts = { beats: [], lighterLit: false, smoked: false, drained: false, glass: 'empty', cuts: [] };
  advance(story, facts, fault);
  const start: Point = { state: story.state.toJson(), facts, path: [] };

  const explore = (point: Point): number => {
    const id = identity(point);
    const known = counted.get(id);
    if (known !== undefined) return known;
    if (walking.has(id)) return 0;
    walking.add(id);
    walk.points += 1;
    current = point.path;
    story.state.LoadJson(point.state);
    const choices = story.currentChoices.map((choice) => ({
      label: choice.text + (choice.tags?.length ? ` (${choice.tags.join(', ')})` : ''),
      at: choice.pathStringOnChoice,
    }));
    if (point.facts.beats.includes('remembering') && choices.some((choice) => choice.at.startsWith('ritual'))) {
      fault('the ritual offers its objects again after it is over');
    }
    let total = 0;
    if (choices.length === 0) {
      total = finish(point) ? 1 : 0;
    }
    choices.forEach((choice, index) => {
      story.state.LoadJson(point.state);
      const next: Point = {
        state: '',
        facts: structuredClone(point.facts),
        path: [...point.path, choice.label],
      };
      current = next.path;
      story.ChooseChoiceIndex(index);
      advance(story, next.facts, fault);
      next.state = story.state.toJson();
      total += explore(next);
    });
    walking.delete(id);
    counted.set(id, total);
    return total;
  };

  const finish = (point: Point): boolean => {
    walk.endings += 1;
    const before = walk.faults.length;
    const { cuts, beats } = point.facts;
    if (!cuts.includes('kiss')) fault('dead end: the story stops before the kiss');
    else if (cuts.indexOf('kiss') > cuts.indexOf('reunion')) fault('the story ends without the reunion after the kiss');
    if (beats.join(' ') !== BEATS.join(' ')) fault(`the beats run ${beats.join(', ')}`);
    if (!point.facts.smoked) fault('the story ends without the cigarette ever being lit');
    if (point.facts.glass !== 'empty' || !point.facts.drained) fault('the glass is not shown empty after he drinks');
    return walk.faults.length === before;
  };

  walk.paths = explore(start);
  return walk;
}

describe('the story script', () => {
  it('compiles without errors or warnings', () => {
    const compiler = new Compiler(source);
    compiler.Compile();
    expect(compiler.errors).toEqual([]);
    expect(compiler.warnings).toEqual([]);
  });

  it('reads no turn counts and shuffles nothing, so walking each distinct state once is enough', () => {
    expect(source).not.toMatch(/TURNS_SINCE|TURNS\(\)|READ_COUNT|\{\s*(cycle|once|shuffle)\s*:|\{\s*[&!~]/);
    expect(countCaps.size).toBeGreaterThan(0);
  });

  it('starts with the cold open, played as a cutscene', () => {
    const story = new Story(storyJson);
    story.Continue();
    expect(story.currentTags).toEqual(['beat: cold_open', 'cut: cold_open', 'id: cold_open.another_night_then']);
  });

  it('offers the ritual objects as hotspots, one per prop', () => {
    const story = new Story(storyJson);
    while (story.canContinue) story.Continue();
    const hotspots = story.currentChoices.map((choice) => choice.tags?.find((tag) => tag.startsWith('object: ')));
    expect(hotspots).toEqual(['object: lighter', 'object: cigarettes', 'object: bottle', 'object: glass', 'object: duster']);
  });

  it('has a cutscene file for every cutscene it runs', () => {
    const cuts = [...source.matchAll(/#\s*cut:\s*([a-z_]+)/g)].map((match) => match[1] ?? '');
    expect(cuts).toEqual(['cold_open', 'kiss', 'reunion']);
    for (const id of cuts) expect(existsSync(`levels/cutscenes/${id}.cutscene.json`)).toBe(true);
  });

  describe('on every path — every ritual order and every combination of choices', () => {
    let walk: Walk;
    beforeAll(() => {
      walk = walkEveryPath();
    });

    it('reaches the kiss, then the reunion and the end, with no error and no dead end', () => {
      expect(walk.faults.slice(0, 10)).toEqual([]);
      expect(walk.endings).toBeGreaterThan(0);
    });

    it('lights the lighter before the cigarette is smoked, and shows the glass empty after he drinks', () => {
      const broken = walk.faults.filter((why) => /lighter|glass/.test(why));
      expect(broken.slice(0, 5)).toEqual([]);
    });

    it('walks a great many paths, each ending at the reunion', () => {
      console.info(
        `story paths: ${walk.paths.toLocaleString('en')} complete paths through ${walk.points.toLocaleString('en')} distinct choice points, ${walk.endings.toLocaleString('en')} distinct endings`,
      );
      expect(walk.paths).toBeGreaterThan(1000);
    });
  });
});

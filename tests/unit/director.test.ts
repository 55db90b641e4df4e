import { describe, expect, it } from 'vitest';
import { compileInk } from '../../build/ink';
import { validateLevel } from '../../src/level/validate';
import type { ContentIndex } from '../../src/story/commands';
import { validateCutscene, type Cutscene } from '../../src/cutscene/schema';
import { Director, STORY_BLEND_MS, type DirectorEvent } from '../../src/story/director';
import { InkStory } from '../../src/story/inkStory';
import { RecordingPresenter } from './cutsceneTestKit';
import { readJson } from './helpers';

const scene = validateLevel(readJson('levels/crypt.level.json'), 'crypt.level.json');

const index: ContentIndex = {
  cues: new Map([['zippo_open', { bus: 'sfx' }]]),
  lights: new Set(scene.lights.map((l) => l.id)),
  moods: new Set(Object.keys(scene.moods)),
  props: new Map(scene.props.map((p) => [p.id, new Set(Object.keys(p.states))])),
  actors: new Map(scene.actors.map((a) => [a.id, new Set(Object.keys(a.poses))])),
  actions: new Map(),
  shots: new Set(Object.keys(scene.shots)),
  cutscenes: new Set(['cold_open']),
};

const SOURCE = `
# cut: cold_open
# beat: ritual
She sits alone on the lid.
-> hub
== hub ==
+ [The lighter #object: lighter]
    She flicks it open. # sfx: zippo_open # prop: lighter open
    -> hub
+ [The glass #object: glass]
    Spike: Is that mine, pet?
    * * [Tease him]
        Buffy: Who else's?
    * * [Say nothing]
        She only smiles.
    - - -> END
`;

/** A short cold open: a line, a lean to hold, a light that warms under it. */
const COLD_OPEN = validateCutscene(
  {
    id: 'cold_open',
    steps: [
      { line: 'Midnight.', ms: 1000 },
      { hold: 'lean', ms: 800 },
      { tag: 'mood: warm', ms: 500 },
    ],
  },
  'cold_open.cutscene.json',
  { index, speakers: scene.speakers },
);
const cutscenes = new Map<string, Cutscene>([['cold_open', COLD_OPEN]]);

function director(seenLines = new Set<string>()): { director: Director; events: DirectorEvent[]; presenter: RecordingPresenter } {
  const events: DirectorEvent[] = [];
  const presenter = new RecordingPresenter();
  const story = new InkStory(compileInk(SOURCE, 'test.ink'), index, scene.speakers);
  return {
    director: new Director(story, scene, (e) => events.push(e), { cutscenes, cutscenePresenter: presenter, seenLines }),
    events,
    presenter,
  };
}

const modes = (events: DirectorEvent[]): string[] => events.flatMap((e) => (e.type === 'mode' ? [e.mode] : []));

describe('the director', () => {
  it('starts at the title', () => {
    expect(director().director.mode).toBe('title');
  });

  it('runs the cutscene a cut tag names, and waits for it', () => {
    const { director: d, events, presenter } = director();
    d.begin();
    expect(d.mode).toBe('cutscene');
    expect(events).toContainEqual({ type: 'cutscene', id: 'cold_open' });
    expect(presenter.lineTexts()).toEqual(['Midnight.']);
    d.advance();
    expect(d.mode).toBe('cutscene');
  });

  it('moves a cutscene on only with the clock it is given, and holds it at the lean until the player leans', () => {
    const { director: d } = director();
    d.begin();
    d.tick(1000);
    expect(d.awaitingHold).toBe(true);
    d.tick(60_000);
    expect(d.mode).toBe('cutscene');
    d.lean(true);
    for (let i = 0; i < 20; i++) d.tick(100);
    expect(d.awaitingHold).toBe(false);
    d.tick(500);
    expect(d.mode).toBe('dialogue');
  });

  it("sends a cutscene step's command out like a story tag, with the step's blend", () => {
    const { director: d, events } = director();
    d.begin();
    d.tick(1000);
    d.lean(true);
    for (let i = 0; i < 20; i++) d.tick(100);
    expect(events).toContainEqual({ type: 'command', command: { kind: 'mood', mood: 'warm' }, blend: 500 });
    expect(d.state.mood).toBe('warm');
  });

  it('lands a skipped cutscene on its end state and goes on with the story', () => {
    const { director: d, events } = director();
    d.begin();
    d.skipCutscene();
    expect(d.state.mood).toBe('warm');
    expect(events).toContainEqual({ type: 'command', command: { kind: 'mood', mood: 'warm' }, blend: 0 });
    expect(d.mode).toBe('dialogue');
  });

  it('does not skip a cutscene while paused', () => {
    const { director: d } = director();
    d.begin();
    d.pause();
    d.skipCutscene();
    d.unpause();
    expect(d.mode).toBe('cutscene');
  });

  it('shows the next line once the cutscene is done, autosaving at the beat', () => {
    const { director: d, events } = director();
    d.begin();
    d.skipCutscene();
    expect(d.mode).toBe('dialogue');
    expect(events).toContainEqual({ type: 'line', line: { id: null, speaker: null, text: 'She sits alone on the lid.' }, seen: false });
    expect(events.some((e) => e.type === 'autosave' && e.atBeat && e.snapshot.beat === 'ritual')).toBe(true);
  });

  it('explores when the story offers only objects, and a used object runs its knot', () => {
    const { director: d, events } = director();
    d.begin();
    d.skipCutscene();
    d.advance();
    expect(d.mode).toBe('explore');
    expect(d.availableObjects).toEqual(['lighter', 'glass']);
    expect(d.useObject('lighter')).toBe(true);
    expect(d.mode).toBe('dialogue');
    expect(d.state.props.lighter).toBe('open');
    expect(events).toContainEqual({ type: 'command', command: { kind: 'sfx', cue: 'zippo_open' }, blend: STORY_BLEND_MS });
  });

  it('refuses an object the story does not offer', () => {
    const { director: d } = director();
    d.begin();
    d.skipCutscene();
    d.advance();
    expect(d.useObject('bottle')).toBe(false);
    expect(d.mode).toBe('explore');
  });

  it('splits speakers from their lines and offers dialogue choices', () => {
    const { director: d, events } = director();
    d.begin();
    d.skipCutscene();
    d.advance();
    d.useObject('glass');
    expect(events).toContainEqual({ type: 'line', line: { id: null, speaker: 'Spike', text: 'Is that mine, pet?' }, seen: false });
    d.advance();
    const offered = events.filter((e) => e.type === 'choices').at(-1);
    expect(offered?.type === 'choices' && offered.choices.map((c) => c.text)).toEqual(['Tease him', 'Say nothing']);
    d.choose(0);
    expect(events).toContainEqual({ type: 'line', line: { id: null, speaker: 'Buffy', text: "Who else's?" }, seen: false });
  });

  it('ends when the story runs out', () => {
    const { director: d, events } = director();
    d.begin();
    d.skipCutscene();
    d.advance();
    d.useObject('glass');
    d.advance();
    d.choose(1);
    d.advance();
    expect(d.mode).toBe('ended');
    expect(modes(events).at(-1)).toBe('ended');
  });

  it('freezes on pause and returns to the same mode', () => {
    const { director: d } = director();
    d.begin();
    d.skipCutscene();
    d.pause();
    expect(d.mode).toBe('paused');
    d.advance();
    expect(d.mode).toBe('paused');
    d.unpause();
    expect(d.mode).toBe('dialogue');
  });

  it('resumes a snapshot at the same choice with the same scene state', () => {
    const first = director();
    first.director.begin();
    first.director.skipCutscene();
    first.director.advance();
    first.director.useObject('lighter');
    first.director.advance();
    const snapshot = first.director.snapshot();
    const second = director();
    second.director.resume(snapshot);
    expect(second.director.mode).toBe('explore');
    expect(second.director.state.props.lighter).toBe('open');
  });

  it('keeps its place to the line: resuming it shows the same line again, not the last choice', () => {
    const first = director();
    first.director.begin();
    first.director.skipCutscene();
    first.director.advance();
    first.director.useObject('lighter');
    const place = first.director.currentPlace;
    expect(place?.line?.text).toBe('She flicks it open.');
    const second = director();
    second.director.resume(place ?? first.director.snapshot());
    const lines = second.events.flatMap((e) => (e.type === 'line' ? [e] : []));
    expect(lines.map((e) => e.line.text)).toEqual(['She flicks it open.']);
    expect(second.director.mode).toBe('dialogue');
    expect(second.director.state.props.lighter).toBe('open');
    // Its sound already played before the page was left: resuming does not play it again.
    expect(second.events.some((e) => e.type === 'command' && e.command.kind === 'sfx')).toBe(false);
    second.director.advance();
    expect(second.director.mode).toBe('explore');
  });

  it('shows the line it resumes on as new, though it was seen: the player may not have read it', () => {
    const first = director();
    first.director.begin();
    first.director.skipCutscene();
    const place = first.director.currentPlace;
    const second = director(new Set(['|She sits alone on the lid.']));
    second.director.resume(place ?? first.director.snapshot());
    expect(second.events).toContainEqual({
      type: 'line',
      line: { id: null, speaker: null, text: 'She sits alone on the lid.' },
      seen: false,
    });
  });

  it('keeps the start of a running cutscene as its place, so a player who left comes back to its beginning', () => {
    const first = director();
    first.director.begin();
    first.director.tick(500);
    const place = first.director.currentPlace;
    expect(place?.line).toBeUndefined();
    const second = director();
    second.director.resume(place ?? first.director.snapshot());
    expect(second.director.mode).toBe('cutscene');
    expect(second.presenter.lineTexts()).toEqual(['Midnight.']);
  });

  it('keeps the choice point as its place while choices are offered', () => {
    const first = director();
    first.director.begin();
    first.director.skipCutscene();
    first.director.advance();
    expect(first.director.mode).toBe('explore');
    expect(first.director.currentPlace).toEqual(first.director.snapshot());
  });

  it('marks a line it has shown before as seen', () => {
    const seen = new Set<string>();
    const events: DirectorEvent[] = [];
    for (let run = 0; run < 2; run++) {
      const made = director(seen);
      made.director.begin();
      made.director.skipCutscene();
      events.push(...made.events);
    }
    const lines = events.filter((e) => e.type === 'line');
    expect(lines.map((l) => (l as { seen: boolean }).seen)).toEqual([false, true]);
  });
});

import { describe, expect, it } from 'vitest';
import { compileInk } from '../../build/ink';
import { validateScene } from '../../src/scene/validate';
import type { ContentIndex } from '../../src/story/commands';
import { Director, type DirectorEvent } from '../../src/story/director';
import { InkStory } from '../../src/story/inkStory';
import { readJson } from './helpers';

const scene = validateScene(readJson('levels/crypt.scene.json'), 'crypt.scene.json');

const index: ContentIndex = {
  cues: new Map([['zippo_open', { bus: 'sfx' }]]),
  lights: new Set(scene.lights.map((l) => l.id)),
  moods: new Set(Object.keys(scene.moods)),
  props: new Map(scene.props.map((p) => [p.id, new Set(Object.keys(p.states))])),
  actors: new Map(scene.actors.map((a) => [a.id, new Set(Object.keys(a.poses))])),
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

function director(): { director: Director; events: DirectorEvent[] } {
  const events: DirectorEvent[] = [];
  const story = new InkStory(compileInk(SOURCE, 'test.ink'), index, scene.speakers);
  return { director: new Director(story, scene, (e) => events.push(e)), events };
}

const modes = (events: DirectorEvent[]): string[] => events.flatMap((e) => (e.type === 'mode' ? [e.mode] : []));

describe('the director', () => {
  it('starts at the title', () => {
    expect(director().director.mode).toBe('title');
  });

  it('hands a cut tag to the cutscene player and waits for it', () => {
    const { director: d, events } = director();
    d.begin();
    expect(d.mode).toBe('cutscene');
    expect(events).toContainEqual({ type: 'cutscene', id: 'cold_open' });
    d.advance();
    expect(d.mode).toBe('cutscene');
  });

  it('shows the next line once the cutscene is done, autosaving at the beat', () => {
    const { director: d, events } = director();
    d.begin();
    d.cutsceneDone();
    expect(d.mode).toBe('dialogue');
    expect(events).toContainEqual({ type: 'line', speaker: null, text: 'She sits alone on the lid.', seen: false });
    expect(events.some((e) => e.type === 'autosave' && e.atBeat && e.snapshot.beat === 'ritual')).toBe(true);
  });

  it('explores when the story offers only objects, and a used object runs its knot', () => {
    const { director: d, events } = director();
    d.begin();
    d.cutsceneDone();
    d.advance();
    expect(d.mode).toBe('explore');
    expect(d.availableObjects).toEqual(['lighter', 'glass']);
    expect(d.useObject('lighter')).toBe(true);
    expect(d.mode).toBe('dialogue');
    expect(d.state.props.lighter).toBe('open');
    expect(events).toContainEqual({ type: 'command', command: { kind: 'sfx', cue: 'zippo_open' } });
  });

  it('refuses an object the story does not offer', () => {
    const { director: d } = director();
    d.begin();
    d.cutsceneDone();
    d.advance();
    expect(d.useObject('bottle')).toBe(false);
    expect(d.mode).toBe('explore');
  });

  it('splits speakers from their lines and offers dialogue choices', () => {
    const { director: d, events } = director();
    d.begin();
    d.cutsceneDone();
    d.advance();
    d.useObject('glass');
    expect(events).toContainEqual({ type: 'line', speaker: 'Spike', text: 'Is that mine, pet?', seen: false });
    d.advance();
    const offered = events.filter((e) => e.type === 'choices').at(-1);
    expect(offered?.type === 'choices' && offered.choices.map((c) => c.text)).toEqual(['Tease him', 'Say nothing']);
    d.choose(0);
    expect(events).toContainEqual({ type: 'line', speaker: 'Buffy', text: "Who else's?", seen: false });
  });

  it('ends when the story runs out', () => {
    const { director: d, events } = director();
    d.begin();
    d.cutsceneDone();
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
    d.cutsceneDone();
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
    first.director.cutsceneDone();
    first.director.advance();
    first.director.useObject('lighter');
    first.director.advance();
    const snapshot = first.director.snapshot();
    const second = director();
    second.director.resume(snapshot);
    expect(second.director.mode).toBe('explore');
    expect(second.director.state.props.lighter).toBe('open');
  });

  it('marks a line it has shown before as seen', () => {
    const seen = new Set<string>();
    const events: DirectorEvent[] = [];
    const make = (): Director => new Director(new InkStory(compileInk(SOURCE, 't.ink'), index, scene.speakers), scene, (e) => events.push(e), seen);
    for (let run = 0; run < 2; run++) {
      const d = make();
      d.begin();
      d.cutsceneDone();
    }
    const lines = events.filter((e) => e.type === 'line');
    expect(lines.map((l) => (l as { seen: boolean }).seen)).toEqual([false, true]);
  });
});

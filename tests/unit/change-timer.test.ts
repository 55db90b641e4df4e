// A change timer holds a prop's look or a light back until the hand makes it: the story's state
// changes at once, the picture when the action gets there, and it always ends on the story's state.
import { describe, expect, it } from 'vitest';
import { AT_HAND_MS, ChangeTimer, type RoomChange, type ShownChange } from '../../src/scene/changeTimer';
import type { ActionDef } from '../../src/scene/figures';
import { poseOf, sampleAction } from '../../src/scene/keyframes';
import { validateFigures } from '../../src/scene/validateFigures';
import type { SceneState } from '../../src/scene/state';
import type { Command } from '../../src/story/commands';
import { inline, level, rig } from './cutsceneTestKit';
import { readJson } from './helpers';

const figures = validateFigures(readJson('levels/figures.json'), 'figures.json', level);

function action(actor: string, id: string): ActionDef {
  const found = figures.figures[actor]?.actions[id];
  if (!found) throw new Error(`no action ${actor} ${id}`);
  return found;
}

const open: RoomChange = { kind: 'prop', prop: 'lighter', state: 'open' };
const lit: RoomChange = { kind: 'prop', prop: 'lighter', state: 'lit' };
const flame: RoomChange = { kind: 'light', light: 'lighter_flame', on: true };

/** What the picture shows of each prop and light, after the changes shown so far. */
class Picture {
  readonly props: Record<string, string> = {};
  readonly lights: Record<string, boolean> = {};
  /** The sounds heard so far, in order (not part of what a picture compares). */
  readonly heard: string[] = [];
  show(changes: readonly ShownChange[]): void {
    for (const { change } of changes) {
      if (change.kind === 'prop') this.props[change.prop] = change.state;
      else if (change.kind === 'light') this.lights[change.light] = change.on;
      else this.heard.push(change.cue);
    }
  }
}

/** A stepped clock: the timer is asked once a frame, as the crypt scene asks it. */
function frames(timer: ChangeTimer, picture: Picture, from: number, to: number, frame = 16): void {
  for (let t = from; t <= to; t += frame) picture.show(timer.due(t));
}

describe('A change timer', () => {
  it('shows a change no action makes on the next frame, over the blend the story gave it', () => {
    const timer = new ChangeTimer();
    timer.change(open, 900);
    expect(timer.due(0)).toEqual([{ change: open, ms: 900 }]);
    expect(timer.due(16)).toEqual([]);
  });

  it('keeps the lid shut until the thumb flips it, then opens it at once', () => {
    const timer = new ChangeTimer();
    const picture = new Picture();
    timer.change(open, 900);
    timer.act('buffy', action('buffy', 'flip_lid'), 1000);
    frames(timer, picture, 1000, 1240);
    expect(picture.props.lighter).toBeUndefined();
    expect(timer.pending).toBe(1);
    expect(timer.due(1250)).toEqual([{ change: open, ms: AT_HAND_MS }]);
    expect(timer.pending).toBe(0);
  });

  it('times a line whatever order its tags come in', () => {
    const timer = new ChangeTimer();
    timer.act('buffy', action('buffy', 'roll_wheel'), 0);
    timer.change(lit, 900);
    timer.change(flame, 900);
    expect(timer.due(0)).toEqual([]);
    expect(timer.due(200).map((s) => s.change)).toEqual([lit, flame]);
  });

  it('lights the flame with the wheel, the light in the same list as the look', () => {
    const timer = new ChangeTimer();
    const picture = new Picture();
    timer.change(lit, 900);
    timer.change(flame, 900);
    timer.act('buffy', action('buffy', 'roll_wheel'), 0);
    frames(timer, picture, 0, 192);
    expect(picture.lights.lighter_flame).toBeUndefined();
    frames(timer, picture, 208, 400);
    expect(picture.props).toEqual({ lighter: 'lit' });
    expect(picture.lights).toEqual({ lighter_flame: true });
  });

  it('shows the cigarette unlit in her hand on the way to it catching', () => {
    const timer = new ChangeTimer();
    const seen: string[] = [];
    timer.change({ kind: 'prop', prop: 'cigarette', state: 'burning' }, 900);
    timer.act('buffy', action('buffy', 'light_cigarette'), 0);
    for (let t = 0; t <= 3600; t += 16)
      for (const { change } of timer.due(t)) if (change.kind === 'prop') seen.push(`${t} ${change.state}`);
    expect(seen).toEqual(['720 held', '2400 burning']);
  });

  it('sounds the lid with the thumb that flips it, not when the line begins', () => {
    const timer = new ChangeTimer();
    const picture = new Picture();
    timer.change({ kind: 'sfx', cue: 'zippo_open' }, 0);
    timer.change(open, 900);
    timer.act('buffy', action('buffy', 'flip_lid'), 1000);
    frames(timer, picture, 1000, 1240);
    expect(picture.heard).toEqual([]);
    picture.show(timer.due(1250));
    expect(picture.heard).toEqual(['zippo_open']);
    expect(picture.props.lighter).toBe('open');
  });

  it('pours once the bottle has tipped, well after she reaches for it, and fills the glass slowly as it runs', () => {
    const timer = new ChangeTimer();
    const heard: string[] = [];
    timer.change({ kind: 'prop', prop: 'glass', state: 'full' }, 900);
    timer.change({ kind: 'sfx', cue: 'pour' }, 0);
    timer.act('buffy', action('buffy', 'pour'), 0);
    for (let t = 0; t <= 3600; t += 16)
      for (const { change, ms } of timer.due(t)) heard.push(`${t} ${change.kind === 'sfx' ? change.cue : change.kind} over ${ms}`);
    expect(heard).toEqual([`1712 pour over ${AT_HAND_MS}`, '1760 prop over 1550']);
  });

  it('sounds a line whose action names no sound for it on the next frame', () => {
    const timer = new ChangeTimer();
    const picture = new Picture();
    timer.change({ kind: 'sfx', cue: 'cough' }, 0);
    timer.act('buffy', action('buffy', 'cough'), 0);
    picture.show(timer.due(0));
    expect(picture.heard).toEqual(['cough']);
  });

  it('sounds what waited at once when the next line cuts the action short', () => {
    const timer = new ChangeTimer();
    const picture = new Picture();
    timer.change({ kind: 'sfx', cue: 'pour' }, 0);
    timer.act('buffy', action('buffy', 'pour'), 0);
    picture.show(timer.due(0));
    timer.act('buffy', action('buffy', 'drink_from_bottle'), 400);
    picture.show(timer.due(400));
    expect(picture.heard).toEqual(['pour']);
  });

  it('leaves a change the action makes alone when the line did not make it', () => {
    const timer = new ChangeTimer();
    timer.act('buffy', action('buffy', 'flip_lid'), 0);
    timer.change(lit, 900);
    expect(timer.due(0)).toEqual([{ change: lit, ms: 900 }]);
    expect(timer.pending).toBe(0);
  });

  it('never loses a change: a new action, a story pose or a later change of the same prop shows what waited first', () => {
    const next = new ChangeTimer();
    next.change(open, 900);
    next.act('buffy', action('buffy', 'flip_lid'), 0);
    next.due(0);
    next.act('buffy', action('buffy', 'take_lighter'), 100);
    expect(next.due(100)).toEqual([{ change: open, ms: AT_HAND_MS }]);

    const posed = new ChangeTimer();
    posed.change(open, 900);
    posed.act('buffy', action('buffy', 'flip_lid'), 0);
    posed.due(0);
    posed.stop('buffy');
    expect(posed.due(16)).toEqual([{ change: open, ms: AT_HAND_MS }]);

    const later = new ChangeTimer();
    const picture = new Picture();
    later.change(open, 900);
    later.act('buffy', action('buffy', 'flip_lid'), 0);
    later.due(0);
    later.change({ kind: 'prop', prop: 'lighter', state: 'shut' }, 900);
    picture.show(later.due(16));
    expect(picture.props.lighter).toBe('shut');
  });

  it('forgets what waited when a whole state is drawn at once', () => {
    const timer = new ChangeTimer();
    timer.change(open, 900);
    timer.act('buffy', action('buffy', 'flip_lid'), 0);
    timer.due(0);
    timer.clear();
    expect(timer.due(5000)).toEqual([]);
  });
});

/** Every prop and light of a state, as CryptScene.restore draws them: at once. */
function drawnWhole(state: SceneState): ShownChange[] {
  const props = Object.entries(state.props).map(([prop, value]): ShownChange => ({ change: { kind: 'prop', prop, state: value }, ms: 0 }));
  const lights = Object.entries(state.lights).map(([light, on]): ShownChange => ({ change: { kind: 'light', light, on }, ms: 0 }));
  return [...props, ...lights];
}

describe('a cutscene with a timed change', () => {
  const STEPS = [
    { tag: 'prop: lighter open' },
    {
      together: [{ tag: 'prop: lighter lit' }, { tag: 'light: lighter_flame on' }, { tag: 'act: buffy roll_wheel', ms: 900 }],
    },
    { wait: 300 },
  ];

  /** Watches it frame by frame with the timer between the commands and the picture. */
  function watch(skipAt: number | null): { picture: Picture; state: SceneState } {
    const r = rig(inline(STEPS));
    const timer = new ChangeTimer();
    const picture = new Picture();
    let seen = 0;
    const draw = (): void => {
      const commands = r.presenter.of('command').slice(seen) as { command: Command; ms: number }[];
      seen += commands.length;
      for (const { command, ms } of commands) {
        if (command.kind === 'prop' || command.kind === 'light') timer.change(command, ms);
        if (command.kind === 'act') timer.act(command.actor, action(command.actor, command.action), r.presenter.now);
      }
      picture.show(timer.due(r.presenter.now));
    };
    while (!r.run.finished) {
      if (skipAt !== null && r.presenter.now >= skipAt) {
        r.run.skip();
        // A skip draws the whole state at once (CryptScene.restore).
        timer.clear();
        picture.show(drawnWhole(r.sink.state));
        break;
      }
      r.step(16, 16);
      draw();
    }
    // The action's tail, after the cutscene's own time: the rig keeps playing it.
    for (let t = 0; t < 2000; t += 16) {
      r.presenter.now += 16;
      draw();
    }
    return { picture, state: r.sink.state };
  }

  it.each([null, 0, 100, 600])('ends on the story state whether watched or skipped (skip at %s ms)', (skipAt) => {
    const { picture, state } = watch(skipAt);
    expect(picture.props.lighter).toBe(state.props.lighter);
    expect(picture.lights.lighter_flame).toBe(state.lights.lighter_flame);
    expect(state.props.lighter).toBe('lit');
    expect(state.lights.lighter_flame).toBe(true);
  });

  it('keeps the scene state where the tags put it while the picture waits for the wheel', () => {
    const r = rig(inline(STEPS));
    r.step(32, 16);
    expect(r.sink.state.props.lighter).toBe('lit');
    expect(r.sink.state.lights.lighter_flame).toBe(true);
  });
});

describe('the shipped timed changes', () => {
  it('each land when the hand is where it is with and without reduced motion (a reduced key ends where the full one does)', () => {
    let checked = 0;
    for (const figure of Object.values(figures.figures)) {
      for (const act of Object.values(figure.actions)) {
        const from = poseOf(figure, act.then);
        for (const change of act.changes) {
          const full = sampleAction(figure, act, from, {}, change.at, { reduced: false });
          const reduced = sampleAction(figure, act, from, {}, change.at, { reduced: true });
          for (const [part, pose] of Object.entries(full.pose)) {
            expect(reduced.pose[part]?.a, `${figure.id} ${act.id} at ${String(change.at)}: ${part}`).toBeCloseTo(pose.a, 1);
          }
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });
});

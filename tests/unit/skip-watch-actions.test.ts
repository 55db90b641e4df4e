// Skipping a cutscene with actions in it lands on what watching it reaches: the scene state
// (story poses and each figure's last action) and, from it, the figure drawn — every part and
// every prop in hand — equal to the figure the keyframe player ends on frame by frame.
import { describe, expect, it } from 'vitest';
import type { FigurePose, HeldProp } from '../../src/scene/figures';
import { poseOf, sampleAction, settledFigure } from '../../src/scene/keyframes';
import { validateFigures } from '../../src/scene/validateFigures';
import type { Command } from '../../src/story/commands';
import { inline, level, rig, watchToEnd } from './cutsceneTestKit';
import { readJson } from './helpers';

const figures = validateFigures(readJson('levels/figures.json'), 'figures.json', level);

const STEPS = [
  { tag: 'actor: buffy seated' },
  { tag: 'act: buffy take_lighter', ms: 1200 },
  { line: 'She turns it over.', ms: 900 },
  { tag: 'act: buffy roll_wheel', ms: 700 },
  {
    together: [
      { tag: 'act: spike descend', ms: 2000 },
      { tag: 'act: buffy set_lighter_down', ms: 1600 },
    ],
  },
  { tag: 'act: spike walk_to_her', ms: 3000 },
  { tag: 'act: spike frown', ms: 600 },
  { wait: 400 },
];

/** The figures as the rig draws them while watching: each act plays from where the last left off. */
function watchFigures(steps: unknown[], frame: number): Record<string, { pose: FigurePose; held: Readonly<Record<string, HeldProp>> }> {
  const r = rig(inline(steps));
  const playing = new Map<string, { action: string; from: FigurePose; held: Readonly<Record<string, HeldProp>>; start: number }>();
  const drawn: Record<string, { pose: FigurePose; held: Readonly<Record<string, HeldProp>> }> = {};
  for (const [id, figure] of Object.entries(figures.figures)) drawn[id] = settledFigure(figure, r.sink.state.actors[id] ?? '', undefined);
  let seen = 0;
  const draw = (): void => {
    const commands = r.presenter.of('command').slice(seen);
    seen += commands.length;
    for (const { command } of commands as { command: Command }[]) {
      if (command.kind === 'act')
        playing.set(command.actor, {
          action: command.action,
          from: drawn[command.actor]?.pose ?? {},
          held: drawn[command.actor]?.held ?? {},
          start: r.presenter.now,
        });
      if (command.kind === 'actor') {
        const figure = figures.figures[command.actor];
        playing.delete(command.actor);
        if (figure) drawn[command.actor] = settledFigure(figure, command.pose, undefined);
      }
    }
    for (const [id, p] of playing) {
      const figure = figures.figures[id];
      const action = figure?.actions[p.action];
      if (!figure || !action) continue;
      const sample = sampleAction(figure, action, p.from, p.held, r.presenter.now - p.start, { reduced: false });
      drawn[id] = { pose: sample.pose, held: sample.held };
    }
  };
  while (!r.run.finished) {
    r.step(frame, frame);
    draw();
  }
  // the last action's tail, after the cutscene's own time: the rig keeps playing it
  for (let t = 0; t < 10_000; t += frame) {
    r.presenter.now += frame;
    draw();
  }
  return drawn;
}

describe('a cutscene with actions', () => {
  const watched = rig(inline(STEPS));
  const total = watchToEnd(watched);

  it.each([0, 0.3, 0.6, 0.95])('skipped %s of the way in lands on the state watching reaches, actions included', (share) => {
    const r = rig(inline(STEPS));
    r.step(Math.round(total * share));
    r.run.skip();
    expect(r.sink.state).toEqual(watched.sink.state);
    expect(r.sink.state.acts).toEqual({ buffy: 'set_lighter_down', spike: 'frown' });
    expect(r.sink.state.actors).toMatchObject({ buffy: 'seated', spike: 'standing' });
  });

  it.each([16, 50])('draws each figure, watched at %s ms a frame, as the skipped state draws it', (frame) => {
    const drawn = watchFigures(STEPS, frame);
    const state = watched.sink.state;
    for (const [id, figure] of Object.entries(figures.figures)) {
      expect(drawn[id], id).toEqual(settledFigure(figure, state.actors[id] ?? '', state.acts?.[id]));
    }
  });

  it('leaves the lighter on the lid and his brow drawn down', () => {
    const state = watched.sink.state;
    const spike = figures.figures.spike;
    const buffy = figures.figures.buffy;
    if (!spike || !buffy) throw new Error('no figures');
    expect(settledFigure(buffy, state.actors.buffy ?? '', state.acts?.buffy).held).toEqual({});
    expect(settledFigure(spike, state.actors.spike ?? '', state.acts?.spike).pose).toEqual(poseOf(spike, 'concern_lean'));
  });
});

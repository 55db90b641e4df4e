// How the interpreter keeps time: steps in order on a hand-stepped clock, groups side by
// side, pausing, the lean that only moves while held, credits, and reduced motion.
import { describe, expect, it } from 'vitest';
import { HOLD_MAX_SLIP, HOLD_MAX_STEP } from '../../src/cutscene/runners';
import { inline, rig, shipped, watchToEnd } from './cutsceneTestKit';

const LEAN = { hold: 'lean', ms: 3000 };

describe('a cutscene on the test clock', () => {
  it('applies its opening zero-time steps the moment it starts', () => {
    const r = rig(inline([{ tag: 'mood: warm' }, { tag: 'actor: spike seated' }, { wait: 1000 }, { tag: 'shot: kiss' }]));
    expect(r.sink.state.mood).toBe('warm');
    expect(r.sink.state.actors.spike).toBe('seated');
    expect(r.sink.state.shot).toBe('wide');
  });

  it('shows each line for its time and then the next one', () => {
    const r = rig(
      inline([
        { line: 'Spike: One.', ms: 1000 },
        { line: 'Buffy: Two.', ms: 1000 },
      ]),
    );
    r.step(990);
    expect(r.presenter.lineTexts()).toEqual(['One.']);
    r.step(10);
    expect(r.presenter.lineTexts()).toEqual(['One.', 'Two.']);
    expect(r.presenter.of('line')[1]).toMatchObject({ speaker: 'Buffy', at: 1000 });
  });

  it('carries time left over from one step into the next, whatever the frame size', () => {
    const r = rig(inline([{ wait: 1000 }, { line: 'After.', ms: 500 }]));
    r.step(1010, 1010);
    expect(r.presenter.of('line')).toHaveLength(1);
  });

  it('reports each command with its blend time and records it in the scene state', () => {
    const r = rig(inline([{ tag: 'mood: warm', ms: 4000 }]));
    expect(r.presenter.of('command')[0]).toMatchObject({ command: { kind: 'mood', mood: 'warm' }, ms: 4000 });
    expect(r.sink.state.mood).toBe('warm');
  });

  it('lets a change with a longer blend run on under the steps after it', () => {
    const r = rig(
      inline([
        { tag: 'mood: warm', blend: 9000 },
        { line: 'At once.', ms: 100 },
      ]),
    );
    expect(r.presenter.of('command')[0]).toMatchObject({ command: { kind: 'mood' }, ms: 9000 });
    expect(r.presenter.of('line')[0]).toMatchObject({ text: 'At once.', at: 0 });
  });

  it('ends by telling the presenter it was watched, not skipped', () => {
    const r = rig(inline([{ wait: 100 }]));
    r.step(200);
    expect(r.run.finished).toBe(true);
    expect(r.presenter.of('ended')).toMatchObject([{ skipped: false }]);
  });
});

describe('together', () => {
  it('runs its steps side by side and ends with the longest', () => {
    const r = rig(
      inline([{ together: [{ wait: 1000 }, { line: 'Long.', ms: 3000 }, { tag: 'shot: kiss', ms: 2000 }] }, { line: 'Next.', ms: 100 }]),
    );
    expect(r.presenter.of('line')[0]).toMatchObject({ text: 'Long.', at: 0 });
    expect(r.sink.state.shot).toBe('kiss');
    r.step(2990);
    expect(r.presenter.lineTexts()).toEqual(['Long.']);
    r.step(10);
    expect(r.presenter.of('line')[1]).toMatchObject({ text: 'Next.', at: 3000 });
  });

  it('with nothing that takes time, passes straight through', () => {
    const r = rig(inline([{ together: [{ tag: 'mood: warm' }, { tag: 'shot: kiss' }] }, { line: 'At once.', ms: 100 }]));
    expect(r.presenter.of('line')[0]).toMatchObject({ at: 0 });
  });
});

describe('pausing (the caller stops advancing the clock)', () => {
  it('freezes the cutscene where it is, and it carries on from exactly there', () => {
    const r = rig(
      inline([
        { line: 'First.', ms: 2000 },
        { line: 'Second.', ms: 2000 },
      ]),
    );
    r.step(1500);
    const frozen = r.presenter.calls.length;
    // Paused: the game loop does not advance the clock, however long the player is away.
    expect(r.presenter.calls).toHaveLength(frozen);
    expect(r.run.elapsedMs).toBe(1500);
    r.step(499);
    expect(r.presenter.lineTexts()).toEqual(['First.']);
    r.step(2);
    expect(r.presenter.lineTexts()).toEqual(['First.', 'Second.']);
  });

  it('an advance of zero moves nothing on', () => {
    const r = rig(inline([{ wait: 10 }, { line: 'Later.', ms: 10 }]));
    for (let i = 0; i < 100; i++) r.run.advance(0);
    expect(r.presenter.lineTexts()).toEqual([]);
  });
});

describe('a hold step (the lean)', () => {
  it('shows its prompt and waits for the player however long she takes', () => {
    const r = rig(inline([LEAN, { line: 'Lips.', ms: 100 }]));
    expect(r.presenter.of('holdShow')).toMatchObject([{ action: 'lean' }]);
    r.step(600_000, 100);
    expect(r.run.finished).toBe(false);
    expect(r.presenter.lineTexts()).toEqual([]);
  });

  it('moves on only while the player holds, and ends once held for its whole time', () => {
    const r = rig(inline([LEAN, { line: 'Lips.', ms: 100 }]));
    r.run.setHolding(true);
    r.step(1500);
    expect(r.presenter.of('holdProgress').at(-1)).toMatchObject({ fraction: 0.5, holding: true });
    r.run.setHolding(false);
    r.step(10_000);
    expect(r.presenter.lineTexts()).toEqual([]);
    r.run.setHolding(true);
    r.step(3000);
    expect(r.presenter.of('holdHide')).toHaveLength(1);
    expect(r.presenter.lineTexts()).toEqual(['Lips.']);
  });

  it('lets her hesitate when released: a little of the way slips back, never all of it', () => {
    const r = rig(inline([LEAN]));
    r.run.setHolding(true);
    r.step(2400);
    r.run.setHolding(false);
    r.step(200);
    const slipping = r.presenter.of('holdProgress').at(-1)?.fraction ?? 0;
    expect(slipping).toBeLessThan(0.8);
    expect(slipping).toBeGreaterThan(0.75);
    r.step(60_000);
    const rested = r.presenter.of('holdProgress').at(-1);
    expect(rested).toMatchObject({ holding: false });
    expect(rested?.fraction).toBeCloseTo(0.8 - HOLD_MAX_SLIP, 5);
  });

  it('never jumps the whole way in one long frame: the lean is always seen over several', () => {
    const r = rig(inline([LEAN, { line: 'Lips.', ms: 100 }]));
    r.run.setHolding(true);
    r.run.advance(1000);
    r.run.advance(1000);
    r.run.advance(1000);
    expect(r.presenter.of('holdHide')).toHaveLength(0);
    const fractions = r.presenter.of('holdProgress').map((p) => p.fraction);
    expect(fractions.at(-1)).toBeCloseTo(3 * HOLD_MAX_STEP, 5);
    for (let i = 0; i < 10; i++) r.run.advance(1000);
    expect(r.presenter.of('holdHide')).toHaveLength(1);
    expect(r.presenter.of('holdProgress').filter((p) => p.holding && p.fraction < 1).length).toBeGreaterThanOrEqual(1 / HOLD_MAX_STEP - 1);
  });

  it('skipped mid-lean hides the prompt and still lands on the end state', () => {
    const r = rig(shipped('kiss'));
    r.step(6000);
    r.run.setHolding(true);
    r.step(1000);
    r.run.skip();
    expect(r.presenter.of('holdHide')).toHaveLength(1);
    expect(r.sink.state.actors.buffy).toBe('lean');
  });
});

describe('a line in another language', () => {
  it('stays up longer when the language says it at more length, and the steps after it wait', () => {
    const r = rig(
      inline([
        { line: 'Short.', ms: 1000 },
        { line: 'Next.', ms: 500 },
      ]),
      { lineMs: (_line, ms) => ms * 1.5 },
    );
    r.step(1400, 100);
    expect(r.presenter.lineTexts()).toEqual(['Short.']);
    r.step(200, 100);
    expect(r.presenter.lineTexts()).toEqual(['Short.', 'Next.']);
  });

  it('never shortens a line', () => {
    const r = rig(
      inline([
        { line: 'Short.', ms: 1000 },
        { line: 'Next.', ms: 500 },
      ]),
      { lineMs: () => 10 },
    );
    r.step(900, 100);
    expect(r.presenter.lineTexts()).toEqual(['Short.']);
  });
});

describe('credits', () => {
  it('roll until the presenter says they are over, then the cutscene ends', () => {
    const r = rig(inline([{ card: 'The End', ms: 1000 }, { credits: true }]));
    r.step(1000);
    expect(r.presenter.of('credits')).toHaveLength(1);
    r.step(600_000, 100);
    expect(r.run.finished).toBe(false);
    r.run.creditsDone();
    expect(r.run.finished).toBe(true);
    expect(r.presenter.of('creditsHide')).toHaveLength(1);
  });

  it('end when skipped while rolling, without being replayed', () => {
    const r = rig(inline([{ credits: true }]));
    r.run.skip();
    expect(r.run.finished).toBe(true);
    expect(r.presenter.of('credits')).toHaveLength(1);
    expect(r.presenter.of('creditsHide')).toHaveLength(1);
  });
});

describe('reduced motion', () => {
  it('turns camera moves into cuts, but keeps every step its time', () => {
    const r = rig(
      inline([
        { tag: 'shot: kiss', ms: 4000 },
        { tag: 'mood: warm', ms: 4000 },
        { line: 'After.', ms: 10 },
      ]),
      { reducedMotion: true },
    );
    const commands = r.presenter.of('command');
    expect(commands[0]).toMatchObject({ command: { kind: 'shot' }, ms: 0 });
    r.step(4000);
    expect(r.presenter.of('command')[1]).toMatchObject({ command: { kind: 'mood' }, ms: 4000 });
    r.step(4000);
    expect(r.presenter.of('line')[0]?.at).toBe(8000);
  });

  it('makes the dissolve a plain fade', () => {
    const r = rig(shipped('cold_open'), { reducedMotion: true });
    watchToEnd(r);
    expect(r.presenter.of('dissolve')).toMatchObject([{ actor: 'spike', style: 'fade' }]);
  });

  it('reaches the same end state as full motion, for every cutscene', () => {
    for (const id of ['cold_open', 'kiss', 'reunion']) {
      const full = rig(shipped(id));
      const reduced = rig(shipped(id), { reducedMotion: true });
      expect(watchToEnd(reduced)).toBe(watchToEnd(full));
      expect(reduced.sink.state).toEqual(full.sink.state);
    }
  });
});

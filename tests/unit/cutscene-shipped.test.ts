// The three shipped cutscenes: where each one leaves the room, and that skipping any of them
// at any moment leaves it in exactly the same place as watching.
import { describe, expect, it } from 'vitest';
import { CUTSCENE_IDS, rig, shipped, watchToEnd } from './cutsceneTestKit';

describe('each shipped cutscene, watched to its end', () => {
  it('the cold open leaves her alone in the lit crypt, him gone, the title card shown', () => {
    const r = rig(shipped('cold_open'));
    watchToEnd(r);
    expect(r.sink.state.actors).toMatchObject({ buffy: 'seated', spike: 'hidden' });
    expect(r.sink.state).toMatchObject({ mood: 'night', shot: 'wide', music: null, ambience: 'crypt_ambience', black: false });
    expect(r.presenter.of('dissolve').map((d) => d.actor)).toEqual(['spike']);
    expect(r.presenter.of('card').map((c) => c.text)).toEqual(['Every Night']);
  });

  it('the cold open dissolves him after her lean has begun and before the title card', () => {
    const r = rig(shipped('cold_open'));
    watchToEnd(r);
    const lean = r.presenter
      .of('command')
      .find((c) => c.command.kind === 'actor' && c.command.actor === 'buffy' && c.command.pose === 'lean');
    const dissolve = r.presenter.calls.find((c) => c.type === 'dissolve');
    const card = r.presenter.calls.find((c) => c.type === 'card');
    expect(lean && dissolve && card).toBeTruthy();
    expect(lean?.ms).toBeGreaterThan(0);
    expect(r.presenter.calls.indexOf(dissolve as never)).toBeLessThan(r.presenter.calls.indexOf(card as never));
  });

  it('the kiss ends with both of them leaning in, close on the kiss, the night theme playing', () => {
    const r = rig(shipped('kiss'));
    watchToEnd(r);
    expect(r.sink.state.actors).toMatchObject({ buffy: 'lean', spike: 'lean' });
    expect(r.sink.state).toMatchObject({ shot: 'kiss', music: 'music_night', black: false });
    expect(r.presenter.of('dissolve')).toEqual([]);
    expect(r.presenter.of('holdShow').map((h) => h.action)).toEqual(['lean']);
  });

  it('the kiss mirrors the cold open step for step, from the music to the heartbeat', () => {
    const fromMusicToHeartbeat = (id: string): string[] => {
      const steps = shipped(id).steps.map((s) => JSON.stringify(s));
      const from = steps.findIndex((s) => s.includes('"music_night"'));
      const to = steps.findIndex((s) => s.includes('"heartbeat"'));
      return steps.slice(from, to + 1);
    };
    const kiss = fromMusicToHeartbeat('kiss');
    expect(kiss.length).toBeGreaterThan(1);
    expect(kiss).toEqual(fromMusicToHeartbeat('cold_open'));
  });

  it('the reunion ends in the warm light, the reunion theme, faded to black after The End and the credits', () => {
    const r = rig(shipped('reunion'));
    watchToEnd(r);
    expect(r.sink.state.actors).toMatchObject({ spike: 'embrace', buffy: 'hidden' });
    expect(r.sink.state).toMatchObject({ mood: 'warm', music: 'music_reunion', shot: 'kiss', black: true });
    expect(r.presenter.of('card').map((c) => c.text)).toEqual(['The End']);
    expect(r.presenter.of('credits')).toHaveLength(1);
    expect(r.presenter.of('creditsHide')).toHaveLength(1);
  });
});

describe.each(CUTSCENE_IDS)('skipping %s', (id) => {
  const watched = rig(shipped(id));
  const total = watchToEnd(watched);

  it.each([
    ['at the very start', 0],
    ['a quarter of the way in', Math.round(total * 0.25)],
    ['half way through', Math.round(total / 2)],
    ['three quarters of the way in', Math.round(total * 0.75)],
    ['just before the end', Math.max(0, total - 120)],
  ])('%s lands on exactly the state that watching to the end reaches', (_when, at) => {
    const r = rig(shipped(id));
    let creditsAt: number | null = null;
    while (r.presenter.now < at && !r.run.finished) {
      r.run.setHolding(true);
      if (creditsAt === null && r.presenter.of('credits').length > 0) creditsAt = r.presenter.now;
      r.step(50, 50);
    }
    r.run.skip();
    expect(r.run.finished).toBe(true);
    expect(r.sink.state).toEqual(watched.sink.state);
    expect(r.presenter.of('ended')).toEqual([{ type: 'ended', skipped: true, at: r.presenter.now }]);
  });

  it('logs every line it skipped past, so the history still tells the whole scene', () => {
    const r = rig(shipped(id));
    r.run.skip();
    expect(r.presenter.of('logLine').map((l) => l.text)).toEqual(watched.presenter.lineTexts());
    expect(r.presenter.of('card')).toEqual([]);
    expect(r.presenter.of('credits')).toEqual([]);
  });

  it('plays none of its one-shot sounds when skipped', () => {
    const r = rig(shipped(id));
    const before = r.sink.applied.length;
    r.run.skip();
    expect(r.sink.applied.slice(before).filter((c) => c.kind === 'sfx')).toEqual([]);
  });
});

// The gamepad's rumble with the heartbeat: the scheduler's arithmetic, and that the pattern in
// cues.json beats with the baked sound itself (re-bake the heartbeat and this says whether the
// pulses still land on it).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rumble } from '../../src/input/rumble';
import { validateCues } from '../../src/story/cues';
import { decodeWebm } from './audio/decode';
import { readJson, ROOT } from './helpers';

const cues = validateCues(readJson('assets/audio/cues.json'), 'assets/audio/cues.json');
const pattern = {
  everyMs: 1000,
  pulses: [
    { atMs: 0, ms: 80, strong: 0.3, weak: 0.1 },
    { atMs: 300, ms: 60, strong: 0.2, weak: 0.1 },
  ],
};

describe('the rumble scheduler', () => {
  it('hands out each pulse once, as it falls due, repeat after repeat', () => {
    const r = new Rumble();
    r.start(pattern, 5000);
    expect(r.due(5000)).toEqual([pattern.pulses[0]]);
    expect(r.due(5100)).toEqual([]);
    expect(r.due(5300)).toEqual([pattern.pulses[1]]);
    expect(r.due(6000)).toEqual([pattern.pulses[0]]);
  });

  it('gives only the latest pulse after a long frame, never a burst', () => {
    const r = new Rumble();
    r.start(pattern, 0);
    r.due(0);
    expect(r.due(4350)).toEqual([pattern.pulses[1]]);
  });

  it('stops when told', () => {
    const r = new Rumble();
    r.start(pattern, 0);
    r.stop();
    expect(r.due(10_000)).toEqual([]);
  });
});

describe('the heartbeat rumble', () => {
  it("pulses on the baked heartbeat's own beats, within 40 ms", async () => {
    const rumble = cues.heartbeat?.rumble;
    expect(rumble).toBeDefined();
    if (!rumble) return;
    const pcm = await decodeWebm(join(ROOT, 'assets/audio/heartbeat.webm'));
    const samples = pcm.channels[0] ?? new Float32Array();
    const perMs = pcm.sampleRate / 1000;
    // The loudness envelope in 10 ms windows, and its peaks: the thumps.
    const windows = Math.floor(samples.length / (10 * perMs));
    const envelope = Array.from({ length: windows }, (_, w) => {
      let sum = 0;
      for (let i = Math.round(w * 10 * perMs); i < Math.round((w + 1) * 10 * perMs); i++) sum += Math.abs(samples[i] ?? 0);
      return sum;
    });
    const loudest = Math.max(...envelope);
    const onsets: number[] = [];
    envelope.forEach((v, w) => {
      if (
        v > 0.35 * loudest &&
        v >= (envelope[w - 1] ?? 0) &&
        v > (envelope[w + 1] ?? 0) &&
        (onsets.length === 0 || w * 10 - (onsets.at(-1) ?? 0) > 150)
      )
        onsets.push(w * 10);
    });
    const first = onsets[0] ?? 0;
    const expected: number[] = [];
    for (let t = 0; first + t < windows * 10 - 200; t += rumble.everyMs) for (const p of rumble.pulses) expected.push(first + t + p.atMs);
    expect(onsets.length).toBeGreaterThanOrEqual(4);
    for (const onset of onsets) {
      const nearest = Math.min(...expected.map((e) => Math.abs(e - onset)));
      expect(nearest, `a thump at ${String(onset)} ms with no pulse near it`).toBeLessThanOrEqual(40);
    }
  });
});

// assets/audio/playback.json (written by the bake): the shipped file is valid, and a bad one
// names the field that is wrong.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatePlayback } from '../../src/audio/playback';

const DIR = join(__dirname, '..', '..', 'assets', 'audio');
const cues = (JSON.parse(readFileSync(join(DIR, 'cues.json'), 'utf8')) as { cues: Record<string, { loop: boolean }> }).cues;
const ids = new Set(Object.keys(cues));
const shipped: unknown = JSON.parse(readFileSync(join(DIR, 'playback.json'), 'utf8'));

describe('The playback table', () => {
  it('is valid, and gives every loop of the registry its seamless lap', () => {
    const playback = validatePlayback(shipped, 'playback.json', ids);
    for (const [id, c] of Object.entries(cues)) if (c.loop) expect(playback.loops[id], `${id} has no lap`).toBeDefined();
  });

  it('puts the candles and the drips with the crypt', () => {
    const room = validatePlayback(shipped, 'playback.json', ids).rooms.crypt_ambience;
    expect(room?.layers).toContain('candle_crackle');
    expect(room?.drips).not.toBeNull();
  });

  it('names the file and field of a fault', () => {
    const bad = {
      loops: { nope: { startMs: -1, lapMs: 50 } },
      sprites: {},
      rooms: { crypt_ambience: { layers: ['ghost'], drips: 'none' } },
    };
    expect(() => validatePlayback(bad, 'playback.json', ids)).toThrow(/playback\.json: \$\.loops\.nope: no cue "nope"/);
    expect(() => validatePlayback(bad, 'playback.json', ids)).toThrow(/\$\.loops\.nope\.startMs: must be at least 0/);
    expect(() => validatePlayback(bad, 'playback.json', ids)).toThrow(/\$\.rooms\.crypt_ambience\.layers\[0\]: no cue "ghost"/);
    expect(() => validatePlayback(bad, 'playback.json', ids)).toThrow(/\$\.rooms\.crypt_ambience\.drips: "none" has no sprites/);
  });
});

// Listening as a player would, measured on the baked files: the heart and the boots still heard
// on a laptop or phone (a 200 Hz high-pass), the room tone's air, Opus in its full-band music
// mode for effects and ambience, the music at the bitrate the docs state.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeMp3, decodeWebm, type Pcm } from './audio/decode';
import { highpass } from './audio/filters';
import { loudness } from './audio/loudness';
import { demuxWebmOpus } from './audio/webm';

const DIR = join(__dirname, '..', '..', 'assets', 'audio');
const registry = JSON.parse(readFileSync(join(DIR, 'cues.json'), 'utf8')) as { cues: Record<string, { bus: string; loop: boolean }> };
const FORMATS = ['webm', 'mp3'] as const;
const decode = (id: string, f: (typeof FORMATS)[number]): Promise<Pcm> =>
  f === 'webm' ? decodeWebm(join(DIR, `${id}.webm`)) : decodeMp3(join(DIR, `${id}.mp3`));
const lufs = (pcm: Pcm, filter?: (x: Float32Array) => Float32Array): number =>
  loudness(filter ? pcm.channels.map(filter) : pcm.channels, pcm.sampleRate).integrated;

/** What README.md and docs/architecture.md say the music is encoded at. */
const MUSIC_KBPS = 64;

describe('on small speakers', () => {
  test.each(FORMATS.flatMap((f) => ['heartbeat', 'footsteps_stairs'].map((id) => [id, f] as const)))(
    '%s (%s) loses at most 6 dB through a 200 Hz high-pass',
    async (id, format) => {
      const pcm = await decode(id, format);
      const loss = lufs(pcm) - lufs(pcm, (x) => highpass(x, pcm.sampleRate, 200));
      expect(loss, `${id}.${format}: −${loss.toFixed(1)} dB through 200 Hz`).toBeLessThanOrEqual(6);
    },
    60_000,
  );
});

describe('the room', () => {
  test.each(FORMATS)(
    "the crypt's room tone has air: its 2 kHz-and-up band within 18 LU of the whole (%s)",
    async (format) => {
      const pcm = await decode('crypt_ambience', format);
      const gap = lufs(pcm) - lufs(pcm, (x) => highpass(x, pcm.sampleRate, 2000));
      expect(gap, `2 kHz+ band ${gap.toFixed(1)} LU under the whole`).toBeLessThanOrEqual(18);
    },
    60_000,
  );
});

/** Each Opus packet's mode and bandwidth from its TOC byte (RFC 6716 §3.1). */
function modes(id: string): { celt: number; fullBand: number; total: number } {
  const track = demuxWebmOpus(new Uint8Array(readFileSync(join(DIR, `${id}.webm`))));
  let celt = 0,
    fullBand = 0;
  for (const p of track.packets) {
    const config = (p[0] ?? 0) >> 3;
    if (config >= 16) celt++;
    if ((config >= 14 && config <= 15) || config >= 28) fullBand++;
  }
  return { celt, fullBand, total: track.packets.length };
}

describe('the encoding', () => {
  const effects = Object.entries(registry.cues)
    .filter(([, c]) => c.bus !== 'music')
    .map(([id]) => id);
  test.each(effects)('%s is Opus in its CELT (music) mode, full band, never the speech modes', (id) => {
    const m = modes(id);
    expect(m.celt, `${id}: ${m.total - m.celt} of ${m.total} packets in SILK or hybrid`).toBe(m.total);
    expect(m.fullBand / m.total, `${id}: ${m.fullBand} of ${m.total} packets full band`).toBeGreaterThanOrEqual(0.95);
  });

  const music = Object.entries(registry.cues)
    .filter(([, c]) => c.bus === 'music')
    .map(([id]) => id);
  test.each(music)(
    `%s is encoded at the ${MUSIC_KBPS} kb/s the docs state (within a tenth)`,
    async (id) => {
      const pcm = await decode(id, 'webm');
      const seconds = (pcm.channels[0]?.length ?? 0) / pcm.sampleRate;
      const kbps = (statSync(join(DIR, `${id}.webm`)).size * 8) / 1000 / seconds;
      expect(Math.abs(kbps - MUSIC_KBPS) / MUSIC_KBPS, `${id}: ${kbps.toFixed(1)} kb/s`).toBeLessThanOrEqual(0.1);
    },
    60_000,
  );
});

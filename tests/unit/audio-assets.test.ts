// Measures every baked sound: both files exist, loudness (BS.1770 / R128), true peak, loop
// joins in both formats (the lap inside its padded file, as the game loops it), DC, decayed
// tails, and the size budget of each format. Decodes in WASM: no ffmpeg here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeMp3, decodeWebm, type Pcm } from './audio/decode';
import { loudness, truePeak } from './audio/loudness';
import { dcOffset, loopJoin, tailLevel } from './audio/join';
import { wrapBurstDb } from './audio/filters';

const DIR = join(__dirname, '..', '..', 'assets', 'audio');
type Bus = 'sfx' | 'music' | 'ambience';
interface Cue {
  bus: Bus;
  loop: boolean;
  volume: number;
  caption: string | null;
  duck: boolean;
}
const registry = JSON.parse(readFileSync(join(DIR, 'cues.json'), 'utf8')) as { cues: Record<string, Cue> };
const ids = Object.keys(registry.cues);
interface Window {
  startMs: number;
  lapMs: number;
}
const playback = JSON.parse(readFileSync(join(DIR, 'playback.json'), 'utf8')) as {
  loops: Record<string, Window>;
  sprites: Record<string, Record<string, [number, number]>>;
};
/** An MP3 decoder may or may not trim LAME's 1,105 samples of delay; the lap must join either way. */
const DECODER_OFFSETS = { webm: [0], mp3: [0, 1105, -1105] } as const;
const FORMATS = ['webm', 'mp3'] as const;
type Format = (typeof FORMATS)[number];

export const LIMITS = {
  truePeakMax: -1.0,
  music: { integrated: [-19.5, -16.5] },
  ambience: { integrated: [-34, -24] },
  /** The drips, one-shots of the ambience placed at run time. */
  ambienceOneShot: { momentaryMax: [-30, -18] },
  /** High-frequency energy at a loop's wrap over the same moment played straight through. */
  wrapBurstDbMax: 6,
  sfxLoop: { integrated: [-24, -16] },
  sfx: { momentaryMax: [-28, -14], integratedMax: -14 },
  dcMax: 0.002,
  oneShotTailMax: -50,
  bytesPerFormat: 4_000_000,
} as const;

const fmt = (v: number): string => (Number.isFinite(v) ? v.toFixed(1) : String(v));
const inRange = (v: number, [lo, hi]: readonly [number, number]): boolean => v >= lo && v <= hi;

async function decode(id: string, format: Format): Promise<Pcm> {
  const path = join(DIR, `${id}.${format}`);
  return format === 'webm' ? decodeWebm(path) : decodeMp3(path);
}

describe('the cue registry', () => {
  test('lists cues with a bus, loop flag, volume, caption and duck flag', () => {
    expect(ids.length).toBeGreaterThan(0);
    for (const [id, c] of Object.entries(registry.cues)) {
      expect(['sfx', 'music', 'ambience'], id).toContain(c.bus);
      expect(typeof c.loop, id).toBe('boolean');
      expect(c.volume >= 0 && c.volume <= 1, `${id} volume ${c.volume}`).toBe(true);
      expect(c.caption === null || /^\[.+\]$/.test(c.caption), `${id} caption ${String(c.caption)}`).toBe(true);
      if (c.bus === 'sfx') expect(c.caption, `${id} carries meaning and needs a caption`).not.toBeNull();
      expect(typeof c.duck, id).toBe('boolean');
    }
  });

  test('has both files of every cue, credited in the manifest', () => {
    const manifest = JSON.parse(readFileSync(join(DIR, 'audio.manifest.json'), 'utf8')) as {
      file: string;
      licence: string;
      author: string;
    }[];
    for (const id of ids)
      for (const f of FORMATS) {
        expect(existsSync(join(DIR, `${id}.${f}`)), `${id}.${f} missing`).toBe(true);
        const entry = manifest.find((m) => m.file === `${id}.${f}`);
        expect(entry?.licence, `${id}.${f} has no manifest entry`).toBeTruthy();
      }
  });

  test.each(FORMATS)('keeps all %s files together within 4 MB', (f) => {
    const total = ids.reduce((sum, id) => sum + statSync(join(DIR, `${id}.${f}`)).size, 0);
    expect(total, `${f} files total ${(total / 1e6).toFixed(2)} MB`).toBeLessThanOrEqual(LIMITS.bytesPerFormat);
  });
});

describe.each(FORMATS)('every baked %s file', (format) => {
  test.each(ids)(
    `%s is loud enough, never too loud, and joins cleanly`,
    async (id) => {
      const cue = registry.cues[id];
      if (!cue) throw new Error(`no cue ${id}`);
      const file = `${id}.${format}`;
      const pcm = await decode(id, format);
      expect(pcm.sampleRate, file).toBe(48000);
      expect(pcm.channels[0]?.length ?? 0, `${file} is empty`).toBeGreaterThan(pcm.sampleRate * 0.3);
      const l = loudness(pcm.channels, pcm.sampleRate);
      const tp = truePeak(pcm.channels);
      expect(tp, `${file}: true peak ${fmt(tp)} dBTP > ${LIMITS.truePeakMax}`).toBeLessThanOrEqual(LIMITS.truePeakMax);
      if (cue.bus === 'music') {
        expect(inRange(l.integrated, LIMITS.music.integrated), `${file}: integrated ${fmt(l.integrated)} LUFS`).toBe(true);
      } else if (cue.bus === 'ambience' && !cue.loop) {
        expect(inRange(l.momentaryMax, LIMITS.ambienceOneShot.momentaryMax), `${file}: max momentary ${fmt(l.momentaryMax)} LUFS`).toBe(
          true,
        );
      } else if (cue.bus === 'ambience') {
        expect(inRange(l.integrated, LIMITS.ambience.integrated), `${file}: integrated ${fmt(l.integrated)} LUFS`).toBe(true);
      } else if (cue.loop) {
        expect(inRange(l.integrated, LIMITS.sfxLoop.integrated), `${file}: integrated ${fmt(l.integrated)} LUFS`).toBe(true);
      } else {
        expect(inRange(l.momentaryMax, LIMITS.sfx.momentaryMax), `${file}: max momentary ${fmt(l.momentaryMax)} LUFS`).toBe(true);
        expect(l.integrated, `${file}: integrated ${fmt(l.integrated)} LUFS`).toBeLessThanOrEqual(LIMITS.sfx.integratedMax);
      }
      const lap = cue.loop ? playback.loops[id] : undefined;
      if (cue.loop && !lap) throw new Error(`${id} loops but playback.json gives it no lap`);
      const start = lap ? Math.round((lap.startMs * pcm.sampleRate) / 1000) : 0;
      const length = lap ? Math.round((lap.lapMs * pcm.sampleRate) / 1000) : 0;
      const seam = lap
        ? loopJoin(
            pcm.channels.map((c) => c.subarray(start, start + length)),
            pcm.sampleRate,
          )
        : null;
      if (process.env.AUDIO_REPORT) {
        const secs = (pcm.channels[0]?.length ?? 0) / pcm.sampleRate;
        const kb = statSync(join(DIR, file)).size / 1024;
        console.log(
          `REPORT ${file} ${secs.toFixed(2)}s I=${fmt(l.integrated)} M=${fmt(l.momentaryMax)} S=${fmt(l.shortTermMax)} TP=${fmt(tp)} join=${seam ? seam.ratio.toFixed(2) : '-'} ${kb.toFixed(0)}KB`,
        );
      }
      const dc = dcOffset(pcm.channels);
      expect(dc, `${file}: DC offset ${dc.toFixed(4)}`).toBeLessThanOrEqual(LIMITS.dcMax);
      if (seam) {
        // The lap played as the game plays it, with each decoder's possible start offset.
        for (const offset of DECODER_OFFSETS[format]) {
          const burst = wrapBurstDb(pcm.channels, pcm.sampleRate, start, length, offset);
          expect(
            burst,
            `${file}: +${burst.toFixed(1)} dB of high-frequency burst at the wrap (decoder offset ${offset})`,
          ).toBeLessThanOrEqual(LIMITS.wrapBurstDbMax);
        }
        // Sample for sample, the two ends of a lap differ by the codec's own error at two places
        // (a quiet passage of the memory theme: a 0.007 step where the signal steps 0.0024); the
        // burst above is what a click would be. A real discontinuity is many times the local step.
        expect(
          seam.ratio,
          `${file}: loop join jumps ${seam.jump.toFixed(4)} where the signal nearby steps at most ${seam.localMaxStep.toFixed(4)}`,
        ).toBeLessThanOrEqual(2);
      } else {
        const tail = tailLevel(pcm.channels, pcm.sampleRate);
        expect(tail, `${file}: ends at ${fmt(tail)} dBFS, cut off before it decayed`).toBeLessThanOrEqual(LIMITS.oneShotTailMax);
      }
    },
    60_000,
  );
});

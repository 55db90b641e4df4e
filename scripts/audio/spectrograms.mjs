#!/usr/bin/env node
// Draws a spectrogram of every baked cue (as the game decodes it: the WebM) to
// artifacts/spectrograms/<cue>.png, to look at after a bake. Needs ffmpeg and sox.
//   node scripts/audio/spectrograms.mjs [cue …]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'artifacts', 'spectrograms');
const cues = Object.keys(JSON.parse(readFileSync(join(ROOT, 'assets', 'audio', 'cues.json'), 'utf8')).cues);
const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });
for (const id of cues.filter((c) => !only.length || only.includes(c))) {
  const wav = join(tmpdir(), `spectrogram-${id}.wav`);
  execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', join(ROOT, 'assets', 'audio', `${id}.webm`), '-ac', '1', wav]);
  execFileSync('sox', [
    wav,
    '-n',
    'remix',
    '1',
    'spectrogram',
    '-x',
    '900',
    '-y',
    '257',
    '-z',
    '90',
    '-t',
    id,
    '-o',
    join(OUT, `${id}.png`),
  ]);
  rmSync(wav);
  console.log(join(OUT, `${id}.png`));
}

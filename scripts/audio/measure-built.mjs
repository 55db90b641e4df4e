#!/usr/bin/env node
// Measures the sounds as the built game ships them (dist/, after `npm run build`): loudness
// (ffmpeg ebur128), true peak, the loss through a 200 Hz high-pass (a laptop or phone speaker),
// the 2 kHz-and-up band of the ambience, the Opus bitrate. Prints the table for assets/audio/README.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure, measureHighpassed, run } from './tools.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist', 'assets');
const { cues } = JSON.parse(readFileSync(join(ROOT, 'assets', 'audio', 'cues.json'), 'utf8'));
const { loops } = JSON.parse(readFileSync(join(ROOT, 'assets', 'audio', 'playback.json'), 'utf8'));
const built = readdirSync(DIST);
const find = (id, ext) => {
  const f = built.find((n) => n.startsWith(`${id}-`) && n.endsWith(`.${ext}`)) ?? built.find((n) => n === `${id}.${ext}`);
  if (!f) throw new Error(`${id}.${ext} is not in dist/assets: run npm run build`);
  return join(DIST, f);
};
const f1 = (v) => (Number.isFinite(v) ? v.toFixed(1) : '—');
console.log(
  '| cue | bus | length s | I LUFS | max M LUFS | true peak dBTP (webm/mp3) | loss through 200 Hz HP dB | Opus kb/s | webm + mp3 KB |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [id, cue] of Object.entries(cues)) {
  const webm = find(id, 'webm'),
    mp3 = find(id, 'mp3');
  const a = measure(webm, { decoder: 'libopus' }),
    b = measure(mp3),
    h = measureHighpassed(webm);
  const oneShot = !cue.loop;
  const loss = oneShot ? a.mMax - h.mMax : a.I - h.I;
  const lap = loops[id] ? loops[id].lapMs / 1000 : null;
  const seconds = lap ?? Number(run('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', webm]).trim());
  const kb = (f) => Math.round(statSync(f).size / 1024);
  // over the whole file (a loop's file is its lap and 2 × 250 ms of padding)
  const kbps = (statSync(webm).size * 8) / 1000 / (lap ? lap + 0.5 : seconds);
  let extra = '';
  if (id === 'crypt_ambience') extra = ` (2 kHz+ band ${f1(a.I - measureHighpassed(webm, 2000).I)} LU under)`;
  console.log(
    `| ${id} | ${cue.bus}${cue.loop ? ' loop' : ''} | ${seconds.toFixed(1)} | ${f1(a.I)} | ${f1(a.mMax)} | ${f1(a.tp)} / ${f1(b.tp)} | ${f1(loss)}${oneShot ? ' (M)' : ' (I)'}${extra} | ${kbps.toFixed(0)} | ${kb(webm)} + ${kb(mp3)} |`,
  );
}

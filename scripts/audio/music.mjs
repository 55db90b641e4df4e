// Renders a composed piece through the piano sampler, adds an optional string pad (fluidsynth,
// FluidR3 GM), a little hall reverb (sox), and folds the ringing tail onto the start so the
// piece loops seamlessly.
import { writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { SR, addInto, biquad, fold } from './dsp.mjs';
import { compose } from './compose.mjs';
import { midi, renderNote } from './piano.mjs';
import { measure, readWav, run, sox, writeWav } from './tools.mjs';

const SF2 = '/usr/share/sounds/sf2/FluidR3_GM.sf2';

/** Minimal format-0 MIDI file; tempo 60 bpm and 480 ticks a beat, so ticks = seconds × 480. */
function midiFile(events) {
  const bytes = [];
  const vlq = (n) => {
    const s = [n & 0x7f];
    while ((n >>= 7)) s.unshift((n & 0x7f) | 0x80);
    return s;
  };
  const sorted = events.slice().sort((a, b) => a.t - b.t || a.order - b.order);
  let last = 0;
  for (const e of sorted) {
    const tick = Math.round(e.t * 480);
    bytes.push(...vlq(tick - last), ...e.data);
    last = tick;
  }
  bytes.push(0, 0xff, 0x2f, 0);
  const head = [0x4d, 0x54, 0x68, 0x64, 0, 0, 0, 6, 0, 0, 0, 1, 0x01, 0xe0];
  const len = bytes.length;
  return Buffer.from([...head, 0x4d, 0x54, 0x72, 0x6b, (len >>> 24) & 255, (len >>> 16) & 255, (len >>> 8) & 255, len & 255, ...bytes]);
}

function renderStrings(piece, strings, timeAt, total, tmp, name) {
  const ev = [
    { t: 0, order: 0, data: [0xff, 0x51, 3, 0x0f, 0x42, 0x40] },
    { t: 0, order: 1, data: [0xc0, 49] },
    { t: 0, order: 2, data: [0xb0, 7, 70] },
    { t: 0, order: 3, data: [0xb0, 91, 0] },
    { t: 0, order: 4, data: [0xb0, 93, 0] },
  ];
  const bpb = piece.beatsPerBar ?? 3;
  piece.bars.forEach((bar, bi) => {
    if (bi < strings.from || !bar.lh) return;
    const voicing = strings.voicings[bar.lh];
    if (!voicing) throw new Error(`no string voicing for ${bar.lh}`);
    const t0 = timeAt(bi * bpb),
      t1 = timeAt((bi + 1) * bpb) + 0.05;
    const vel = Math.round(46 * (bar.dyn ?? 1));
    for (const n of voicing.split(' ').map(midi)) {
      ev.push({ t: t0, order: 6, data: [0x90, n, vel] }, { t: t1, order: 5, data: [0x80, n, 0] });
    }
  });
  const mid = join(tmp, `${name}-strings.mid`),
    wav = join(tmp, `${name}-strings.wav`);
  writeFileSync(mid, midiFile(ev));
  if (!existsSync(SF2)) throw new Error(`${SF2} missing: apt-get install fluid-soundfont-gm`);
  run('fluidsynth', [
    '-ni',
    '-q',
    '-F',
    wav,
    '-r',
    String(SR),
    '-g',
    '0.6',
    '-o',
    'synth.reverb.active=0',
    '-o',
    'synth.chorus.active=0',
    SF2,
    mid,
  ]);
  const { chs } = readWav(wav);
  const out = chs.map((c) => {
    const x = new Float32Array(total);
    x.set(c.subarray(0, total));
    return x;
  });
  // Keep it a soft bed: no bite, no boom.
  for (const c of out) {
    biquad(c, 'lp', 2600, 0.6);
    biquad(c, 'hp', 110, 0.6);
  }
  return out;
}

/** Render a piece to a loop: { chs (stereo, exactly the loop length), cadences (s), stems (LUFS of piano and strings, or null) }. */
export function renderPiece(
  piece,
  { tmp, name, strings = null, stringsGain = 0.25, reverb = ['reverb', '38', '55', '85', '70', '18', '-5'] },
) {
  const { notes, length, timeAt, cadences } = compose(piece);
  const len = Math.round(length * SR),
    tail = Math.round(9 * SR),
    total = len + tail;
  const mix = [new Float32Array(total), new Float32Array(total)];
  for (const n of notes) {
    const [l, r] = renderNote(n.m, n.vel, n.hold);
    const off = Math.round(n.t * SR);
    addInto(mix[0], l, off);
    addInto(mix[1], r, off);
  }
  let stems = null;
  if (strings) {
    const s = renderStrings(piece, strings, timeAt, total, tmp, name);
    // Measure piano and strings apart (the issue found the strings 16 LU under the piano).
    const pianoWav = join(tmp, `${name}-piano.wav`),
      stringsWav = join(tmp, `${name}-strings-stem.wav`);
    writeWav(pianoWav, mix);
    writeWav(
      stringsWav,
      s.map((c) => c.map((v) => v * stringsGain)),
    );
    stems = { piano: measure(pianoWav).I, strings: measure(stringsWav).I };
    addInto(mix[0], s[0], 0, stringsGain);
    addInto(mix[1], s[1], 0, stringsGain);
  }
  const dry = join(tmp, `${name}-dry.wav`),
    wet = join(tmp, `${name}-hall.wav`);
  writeWav(dry, mix);
  sox(dry, wet, reverb);
  const { chs } = readWav(wet);
  // Fold what rings past the loop point back onto the start, as the next time round would hear it.
  const out = chs.map((c) => {
    biquad(c, 'hp', 25, 0.6);
    return fold(c.subarray(0, total), len);
  });
  return { chs: out, cadences, stems };
}

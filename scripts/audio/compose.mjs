// Turns bar-by-bar note data into timed piano notes: a tempo map with gentle rubato
// (phrases breathe, cadences slow), left-hand patterns under the pedal, seeded humanisation.
import { midi } from './piano.mjs';
import { gauss, rng } from './dsp.mjs';

/** Parse melody tokens: 'r:1 A4:1 D5.F5:1 >E5:2' (dyad with '.', '>' accent, '<' soft). */
function parseMel(text) {
  const out = [];
  let beat = 0;
  for (const tok of text.trim().split(/\s+/).filter(Boolean)) {
    let t = tok,
      acc = 0;
    if (t[0] === '>') {
      acc = 0.08;
      t = t.slice(1);
    } else if (t[0] === '<') {
      acc = -0.08;
      t = t.slice(1);
    }
    const [notes, d] = t.split(':');
    const dur = Number(d);
    if (notes !== 'r') out.push({ beat, dur, notes: notes.split('.').map(midi), acc });
    beat += dur;
  }
  return { notes: out, beats: beat };
}

// Left-hand patterns: [index into the chord, beat] pairs.
const PATTERNS = {
  roll: (n) => n.map((_, i) => [i, i * 0.04]),
  arp3: () => [
    [0, 0],
    [1, 1],
    [2, 2],
  ],
  sparse: () => [
    [0, 0],
    [1, 1.5],
    [2, 1.5],
  ],
  wave: () => [
    [0, 0],
    [1, 0.5],
    [2, 1],
    [1, 2],
    [2, 2.5],
  ],
  flow: (n) =>
    n.length > 3
      ? [
          [0, 0],
          [1, 0.5],
          [2, 1],
          [3, 1.5],
          [2, 2],
          [1, 2.5],
        ]
      : [
          [0, 0],
          [1, 0.5],
          [2, 1],
          [1, 1.5],
          [2, 2],
          [1, 2.5],
        ],
  root: () => [
    [0, 0],
    [1, 0],
  ],
  none: () => [],
};

/**
 * piece: { bpm, beatsPerBar, seed, mel: velocity of melody, lh: velocity of left hand,
 *          bars: [{ lh: 'D2 A2 F3', pat, mel, dyn, oct, rit, end }] }  (end: the bar closes a phrase)
 * Returns { notes: [{ t, m, vel, hold }], length, cadences } in seconds; `length` is the loop length.
 */
export function compose(piece) {
  const r = rng(piece.seed);
  const bpb = piece.beatsPerBar ?? 3;
  const nb = piece.bars.length;
  // Tempo map, by phrase: a bar with `end` closes a phrase (the theme's phrases begin in bar 3,
  // not on a multiple of four). Within a phrase the tempo leans forward a little in the middle
  // and broadens into its last bar; the last beat of a phrase breathes most. `rit` adds more.
  const phraseOf = [];
  let from = 0;
  piece.bars.forEach((bar, bi) => {
    if (bar.end || bi === nb - 1) {
      for (let b = from; b <= bi; b++) phraseOf[b] = { start: from, end: bi };
      from = bi + 1;
    }
  });
  const beatDur = [];
  piece.bars.forEach((bar, bi) => {
    const { start, end } = phraseOf[bi];
    const span = end - start + 1;
    for (let k = 0; k < bpb; k++) {
      const u = (bi - start + k / bpb) / span;
      let mult = 1 - 0.035 * Math.sin(Math.PI * u);
      if (bi === end) mult *= 1 + 0.07 * ((k + 1) / bpb) ** 1.5;
      else if (bi === end - 1 && k === bpb - 1) mult *= 1.02;
      if (bar.rit) mult *= 1 + bar.rit * ((k + 1) / bpb);
      beatDur.push((60 / piece.bpm) * mult);
    }
  });
  const beatStart = [0];
  for (const d of beatDur) beatStart.push(beatStart[beatStart.length - 1] + d);
  const timeAt = (b) => {
    const i = Math.min(Math.floor(b), beatDur.length - 1);
    return beatStart[i] + (b - i) * beatDur[i];
  };
  const notes = [];
  const push = (beat, m, vel, endBeat, jitter) => {
    const t = Math.max(0, timeAt(beat) + gauss(r) * jitter);
    notes.push({ t, m, vel: Math.max(0.02, Math.min(1.5, vel + gauss(r) * 0.025)), hold: Math.max(0.08, timeAt(endBeat) - t) });
  };
  piece.bars.forEach((bar, bi) => {
    const b0 = bi * bpb,
      barEnd = b0 + bpb;
    const dyn = bar.dyn ?? 1;
    // Left hand, held by the pedal to the end of the bar (a touch over, as a pedal change does).
    const chord = (bar.lh ?? '').split(/\s+/).filter(Boolean).map(midi);
    if (chord.length) {
      const pat = PATTERNS[bar.pat ?? piece.pat ?? 'arp3'](chord);
      for (const [idx, beat] of pat) {
        if (idx >= chord.length) continue;
        const v = piece.lh * dyn * (idx === 0 ? 1.08 : 0.92 - 0.03 * (beat % 1 ? 1 : 0));
        push(b0 + beat, chord[idx], v, barEnd + 0.12, 0.006);
      }
    }
    // Melody: slightly ahead of the beat, shaped upward toward higher notes, half-pedalled tails.
    const { notes: mel, beats } = parseMel(bar.mel ?? '');
    if (bar.mel && Math.abs(beats - bpb) > 1e-6) throw new Error(`bar ${bi + 1} melody has ${beats} beats`);
    for (const n of mel) {
      n.notes.forEach((m, j) => {
        const top = j === n.notes.length - 1;
        const lift = (m - 69) * 0.006;
        const v = piece.mel * dyn * (top ? 1 : 0.78) + n.acc + lift;
        const end = Math.min(b0 + n.beat + n.dur + 0.35, barEnd + 0.5);
        push(b0 + n.beat + (top ? -0.015 : 0.01 * j), m, v, end, 0.007);
        if (bar.oct && top) push(b0 + n.beat + 0.005, m - 12, v * 0.72, end, 0.005);
      });
    }
  });
  // Cadences: half a second after the downbeat of each phrase's last bar, once its chord has sounded.
  const cadences = piece.bars.map((bar, bi) => (bar.end ? timeAt(bi * bpb) + 0.5 : null)).filter((t) => t !== null);
  return { notes, length: beatStart[nb * bpb], timeAt, cadences };
}

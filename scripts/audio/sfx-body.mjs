// Breath, voice and body: inhale, cough, gasp, his drag, the swig, the drained glass, leather, heartbeat.
// Breaths move: their formants glide (move) and wander (jitter), their airflow flutters (fx.breath).
import { SR, addInto, ad, biquad, bubble, buf, burst, fold, formants, pts, range, secs, shape, white, pink, smoothRandom } from './dsp.mjs';
import { breath, crackle, events, mixAt, inRoom, voice } from './fx.mjs';
import { roomLoop } from './room.mjs';

// Vocal-tract resonances (Hz, Q, gain) for a woman's and a man's open vowel, and for breath through lips.
const HER = [
  [880, 5, 1],
  [1650, 6, 0.7],
  [2950, 7, 0.45],
  [4200, 5, 0.25],
];
const HIS = [
  [640, 5, 1],
  [1150, 6, 0.6],
  [2500, 7, 0.4],
  [3500, 5, 0.2],
];
const LIPS = [
  [1250, 3, 1],
  [2600, 4, 0.5],
  [5200, 2, 0.25],
];

/** Drawing on a cigarette: air through the filter (the lips tighten: formants rise), tobacco crackling. */
function drag(r, seconds, bands, level) {
  const x = breath(
    r,
    seconds,
    pts([
      [0, 0],
      [0.25, 0.8],
      [seconds * 0.6, 1],
      [seconds, 0],
    ]),
    bands,
    0.25,
    { move: (t) => 0.88 + 0.22 * Math.min(1, t / seconds), jitter: 0.05 },
  );
  for (const t of events(r, 0.1, seconds - 0.1, 35)) mixAt(x, crackle(r, range(r, 0.2, 0.8), 2000, 7000), t);
  for (let i = 0; i < x.length; i++) x[i] *= level * 0.1;
  return x;
}

export function inhale(r) {
  const x = buf(1.7);
  mixAt(x, drag(r, 1.35, LIPS, 1), 0.03);
  // the breath going on down into the chest as the lips let go
  mixAt(
    x,
    breath(
      r,
      0.4,
      pts([
        [0, 0],
        [0.1, 1],
        [0.4, 0],
      ]),
      HER.map(([f, q, g]) => [f * 0.7, q * 0.7, g]),
      0.2,
      { move: (t) => 1 - 0.3 * t },
    ),
    1.2,
    0.03,
  );
  return inRoom([x], 0.1);
}

/** One small cough: a glottal burst with a breathy vowel behind it that closes as it goes. */
function coughBurst(r, amp, f0, len = 0.2) {
  const total = len * 2.2,
    n = secs(total);
  const move = (t) => 1.12 - 0.25 * Math.min(1, t / len);
  const noise = breath(r, total, () => 1, HER, 0.35, { move, jitter: 0.06 });
  const v = formants(
    voice(r, total, (t) => f0 * (1 - 0.25 * Math.min(1, t / len)), ad(0.008, len * 0.3)),
    HER,
  );
  const vg = 1 / Math.max(1e-9, Math.sqrt(v.reduce((e, x) => e + x * x, 0) / n));
  // fast edge, quick fall, and a soft tail that really reaches silence
  const env = (t) => (t < 0.006 ? t / 0.006 : Math.exp(-(t - 0.006) / (len * 0.3))) * Math.min(1, (total - t) / (total * 0.4));
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (noise[i] * 0.8 + v[i] * vg * 0.45) * env(i / SR) * amp * 0.1;
  // the sharp edge of the glottis opening
  addInto(x, burst(r, 0.01, 0.0003, 0.002, [400, 5000]), 0, amp * 0.12);
  return x;
}
export function cough(r) {
  const x = buf(1.6);
  mixAt(x, coughBurst(r, 1, 300, 0.2), 0.02);
  mixAt(x, coughBurst(r, 0.75, 280, 0.17), 0.3);
  mixAt(x, coughBurst(r, 0.4, 260, 0.13), 0.56);
  // a small, ragged breath in afterwards
  mixAt(
    x,
    breath(
      r,
      0.45,
      pts([
        [0, 0],
        [0.12, 1],
        [0.45, 0],
      ]),
      HER,
      0.25,
      { move: (t) => 0.9 + 0.3 * t, flutter: 0.3 },
    ),
    0.95,
    0.025,
  );
  return inRoom([x], 0.12);
}

export function gasp(r) {
  const x = buf(0.85);
  // a sharp intake: the mouth opens from a closed "h" to an open vowel (formants rise), the voice catches
  const len = 0.42;
  const air = breath(
    r,
    len,
    pts([
      [0, 0],
      [0.035, 1],
      [0.12, 0.8],
      [len, 0],
    ]),
    HER.map(([f, q, g]) => [f * 1.08, q * 0.8, g]),
    0.35,
    { move: (t) => 0.82 + 0.3 * Math.min(1, t / 0.09), jitter: 0.06, flutter: 0.25 },
  );
  const v = formants(
    voice(
      r,
      len,
      (t) => 420 - 120 * t,
      pts([
        [0, 0],
        [0.04, 0.5],
        [0.14, 0.2],
        [0.3, 0],
      ]),
    ),
    HER,
  );
  const vp = v.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9),
    ap = air.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9);
  for (let i = 0; i < air.length; i++) air[i] += (v[i] / vp) * ap * 0.3;
  mixAt(x, air, 0.02);
  return inRoom([x], 0.12);
}

export function spikeDrag(r) {
  const x = buf(4.6);
  // a long, unhurried drag; a held beat; the smoke let out slowly through a mouth that relaxes
  mixAt(
    x,
    drag(
      r,
      1.9,
      LIPS.map(([f, q, g]) => [f * 0.85, q, g]),
      1,
    ),
    0.05,
  );
  const out = breath(
    r,
    1.9,
    pts([
      [0, 0],
      [0.2, 0.7],
      [0.8, 0.45],
      [1.9, 0],
    ]),
    [
      [700, 2, 1],
      [1500, 3, 0.5],
      [3000, 2, 0.2],
    ],
    0.12,
    { move: (t) => 1.1 - 0.2 * (t / 1.9), jitter: 0.05 },
  );
  mixAt(x, out, 2.45, 0.055);
  return inRoom([x], 0.1);
}

/** A swallow: the throat's low thump and a small wet click. */
function gulp(r, amp) {
  const x = buf(0.2);
  const thump = white(x.length, r);
  biquad(thump, 'bp', 320, 2.5);
  biquad(thump, 'lp', 900, 0.7);
  shape(thump, ad(0.008, 0.035));
  addInto(x, thump, 0, 2.2);
  addInto(x, bubble(range(r, 500, 700), 0.012, 8, 0.25), secs(0.03));
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
/** Liquid leaving a bottle: air glugging back in. */
function glug(r, amp) {
  const x = buf(0.25);
  addInto(x, bubble(range(r, 230, 320), 0.05, 3, 1), 0);
  addInto(x, bubble(range(r, 400, 520), 0.025, 5, 0.4), secs(0.015));
  const slosh = pink(x.length, r);
  biquad(slosh, 'bp', 900, 1);
  shape(slosh, ad(0.02, 0.05));
  addInto(x, slosh, 0, 0.5);
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
export function swig(r) {
  const x = buf(2.1);
  mixAt(x, glug(r, 0.8), 0.05);
  mixAt(x, glug(r, 0.7), 0.3);
  mixAt(x, gulp(r, 0.9), 0.5);
  mixAt(x, glug(r, 0.5), 0.62);
  mixAt(x, gulp(r, 0.8), 0.85);
  // the burn: a short breathy exhale through the teeth, the mouth opening as it goes
  mixAt(
    x,
    breath(
      r,
      0.7,
      pts([
        [0, 0],
        [0.06, 1],
        [0.7, 0],
      ]),
      [
        [1800, 2, 0.6],
        [3500, 3, 0.6],
        [6000, 2, 0.4],
      ],
      0.3,
      { move: (t) => 1.15 - 0.35 * Math.min(1, t / 0.5), jitter: 0.05 },
    ),
    1.2,
    0.03,
  );
  return inRoom([x], 0.12);
}

/** He knocks it back: three swallows and a low, satisfied breath out. The glass is set down by its own cue. */
export function glassDrained(r) {
  const x = buf(2.3);
  mixAt(x, gulp(r, 1), 0.1);
  mixAt(x, gulp(r, 0.95), 0.45);
  mixAt(x, gulp(r, 0.85), 0.78);
  const ah = breath(
    r,
    0.8,
    pts([
      [0, 0],
      [0.08, 1],
      [0.8, 0],
    ]),
    HIS,
    0.15,
    { move: (t) => 1.05 - 0.2 * t, jitter: 0.05 },
  );
  const v = formants(
    voice(
      r,
      0.8,
      (t) => 105 - 15 * t,
      pts([
        [0, 0],
        [0.1, 0.35],
        [0.5, 0.1],
        [0.8, 0],
      ]),
    ),
    HIS,
  );
  const vp = v.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9),
    ap = ah.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9);
  for (let i = 0; i < ah.length; i++) ah[i] += (v[i] / vp) * ap * 0.35;
  mixAt(x, ah, 1.2, 0.03);
  return inRoom([x], 0.12);
}

/**
 * Leather creak: stick-slip friction. The hide grips and lets go a hundred-odd times a second;
 * that rate is the creak's pitch and it glides with the pressure. Each slip rings the leather's
 * own resonances (350 Hz – 1.8 kHz), so the energy sits in the mids, not in hiss.
 */
function creak(r, seconds, rateOf, amp) {
  const x = buf(seconds + 0.05);
  let t = 0;
  while (t < seconds) {
    const u = t / seconds;
    const i = Math.round(t * SR);
    // a slip: a short asymmetric pulse, its strength following the pressure (swell and fade)
    const a = (0.7 + 0.3 * r()) * Math.sin(Math.PI * u) ** 0.6;
    x[i] += a;
    if (i + 1 < x.length) x[i + 1] -= a * 0.6;
    t += (1 / rateOf(u)) * (1 + 0.06 * (r() - 0.5));
  }
  const y = formants(x, [
    [340, 5, 0.8],
    [820, 6, 1],
    [1350, 7, 0.7],
    [1850, 6, 0.35],
  ]);
  biquad(y, 'lp', 3200, 0.7);
  for (let i = 0; i < y.length; i++) y[i] *= amp;
  return y;
}
export function leatherCreak(r) {
  const x = buf(1.5);
  // the collar gathered up: two creaks, the first rising, the second groaning down
  mixAt(
    x,
    creak(r, 0.34, (u) => 140 + 160 * u, 1),
    0.05,
  );
  mixAt(
    x,
    creak(r, 0.46, (u) => 260 - 130 * u + 20 * Math.sin(9 * u), 0.85),
    0.5,
  );
  mixAt(
    x,
    creak(r, 0.16, (u) => 190 + 40 * u, 0.4),
    1.02,
  );
  // the coat's own soft rustle, low in the mix
  const rustle = pink(secs(1.2), r);
  biquad(rustle, 'bp', 1800, 0.9);
  biquad(rustle, 'lp', 4000, 0.7);
  shape(rustle, smoothRandom(r, 1.3, 0.05, 0, 1));
  shape(
    rustle,
    pts([
      [0, 0],
      [0.2, 1],
      [1.0, 0.5],
      [1.2, 0],
    ]),
  );
  mixAt(x, rustle, 0.05, 0.03);
  return inRoom([x], 0.14);
}

/**
 * A slow heartbeat, 56 bpm, as a seamless loop of 8 beats (mono). Heard from inside: each beat
 * a "lub" and a lighter "dub", made as the chest's resonances (90–340 Hz, where a laptop still
 * plays) rung by a soft push, a little sub below for headphones, and the faint click of the
 * valves at 1–3 kHz, so it reads on small speakers. Not the boots' recipe: no stone, no grit.
 */
function heartSound(r, { f, dur, amp, click }) {
  const y = buf(0.45);
  // the push: 45 ms of soft low noise under a rounded window (a muscle, not a mallet)
  const push = white(secs(0.045), r);
  biquad(push, 'lp', 700, 0.7);
  shape(push, (t) => Math.sin((Math.PI * t) / 0.045) ** 2);
  addInto(y, push, 0, 1);
  const body = formants(y, [
    [f, 4, 0.55],
    [f * 1.7, 5, 0.9],
    [f * 2.7, 5, 0.8],
    [f * 4.1, 5, 0.45],
  ]);
  // each resonance is damped by the body: the thump is short
  shape(body, (t) => Math.exp(-t / dur));
  // the sub: a short sine under it, falling in pitch
  let ph = 0;
  for (let i = 0; i < body.length; i++) {
    const t = i / SR;
    ph += (2 * Math.PI * (55 + 25 * Math.exp(-t / 0.03))) / SR;
    body[i] += Math.sin(ph) * (1 - Math.exp(-t / 0.005)) * Math.exp(-t / (dur * 0.9)) * 0.03;
  }
  const valve = white(secs(0.02), r);
  biquad(valve, 'bp', 1900, 1.4);
  shape(valve, ad(0.0015, 0.004));
  addInto(body, valve, secs(0.004), click);
  for (let i = 0; i < body.length; i++) body[i] *= amp;
  return body;
}
export function heartbeat(r) {
  const period = 60 / 56,
    beats = 8,
    L = Math.round(period * beats * SR);
  const x = new Float32Array(L + secs(1));
  for (let b = 0; b < beats; b++) {
    const t = b * period * (1 + 0.006 * (r() - 0.5));
    mixAt(x, heartSound(r, { f: 105, dur: 0.085, amp: 1, click: 0.08 }), t);
    mixAt(x, heartSound(r, { f: 132, dur: 0.06, amp: 0.62, click: 0.09 }), t + 0.29);
  }
  // her heart is in her, not off the walls: the least of the room
  return roomLoop([fold(x, L)], { send: 0.04 });
}

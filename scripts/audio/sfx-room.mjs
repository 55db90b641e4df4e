// The glass and the bourbon, his boots on the stairs, the smoke, and the crypt itself.
import {
  SR,
  ad,
  addInto,
  biquad,
  brown,
  bubble,
  buf,
  crossfadeLoop,
  impact,
  pink,
  pts,
  range,
  ring,
  secs,
  shape,
  smoothRandom,
  sweep,
  white,
} from './dsp.mjs';
import { breath, mixAt, inRoom } from './fx.mjs';
import { roomLoop } from './room.mjs';

/**
 * A heavy tumbler's modes: a thick glass cup rings at inharmonic ratios (about 1 : 2.7 : 5.0 :
 * 7.9 of the lowest wall mode), each split into a close pair by the glass's unevenness, so
 * they beat; the high ones die first.
 */
function tumblerModes(r, f0 = 1180, level = 1) {
  const out = [];
  for (const [ratio, tau, a] of [
    [1, 0.42, 1],
    [2.71, 0.26, 0.7],
    [5.02, 0.15, 0.45],
    [7.93, 0.09, 0.3],
    [11.4, 0.05, 0.18],
  ]) {
    const f = f0 * ratio * (1 + 0.004 * (r() - 0.5));
    out.push([f, tau, a * level], [f * (1.0025 + 0.002 * r()), tau * 0.9, a * level * 0.6]);
  }
  return out;
}

/** A heavy tumbler set on stone: the contact, the thick base's clunk, the glass ringing, a settling tick. */
export function glassImpact(r, amp = 1) {
  const x = buf(1.4);
  const hit = impact(r, 1.2, 9000);
  // the base on stone: dull, short, low (the slab answers at a few hundred Hz)
  addInto(
    x,
    ring(
      hit,
      [
        [190, 0.03, 0.5],
        [430, 0.022, 0.55],
        [980, 0.012, 0.35],
      ],
      0.3,
    ),
    0,
    1,
  );
  addInto(x, hit, 0, 0.35);
  // the glass rings, quietly: it is heavy and held by the stone
  addInto(x, ring(hit, tumblerModes(r), 1.3), 0, 0.012);
  // it rocks once on its rim and settles
  const tick = impact(r, 0.6, 8000);
  addInto(x, ring(tick, tumblerModes(r, 1190, 0.6), 0.8), secs(0.041), 0.008);
  addInto(x, tick, secs(0.041), 0.12);
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
export function glassDown(r) {
  const x = buf(1.5);
  mixAt(x, glassImpact(r), 0.01);
  return inRoom([x], 0.22);
}

/**
 * Pouring bourbon into a tumbler. The bottle glugs (air pushing back in, about nine times a
 * second, each glug a surge of the stream and a low bubble), the stream splashes, and the air
 * column left in the glass rings higher as it fills (a quarter-wave resonance: about 900 Hz
 * in an empty tumbler to 2.6 kHz near full).
 */
export function pour(r) {
  const T = 3.6,
    x = buf(T + 0.4);
  const fill = (t) => Math.min(1, t / 3.3);
  const body = pts([
    [0, 0],
    [0.1, 1],
    [0.4, 0.8],
    [3.0, 0.75],
    [3.3, 0.2],
    [T, 0],
  ]);
  // glug times: a little uneven, slowing as the bottle settles to a steady pour
  const glugs = [];
  for (let t = 0.08; t < 3.25; t += (1 / 9) * (0.8 + 0.4 * r()) * (1 + (0.15 * t) / 3.3)) glugs.push(t);
  const surge = (t) => {
    let s = 0.45;
    for (const g of glugs) {
      const d = t - g;
      if (d >= 0 && d < 0.09) s += 0.55 * Math.sin((Math.PI * d) / 0.09);
    }
    return s;
  };
  const stream = white(secs(T), r);
  const res = Float32Array.from(stream);
  sweep(
    res,
    'bp',
    (t) => 900 * Math.pow(2.9, fill(t)),
    () => 5,
  );
  const res2 = Float32Array.from(stream);
  sweep(
    res2,
    'bp',
    (t) => 2.9 * 900 * Math.pow(2.9, fill(t)) * 0.8,
    () => 4,
  );
  const splash = Float32Array.from(stream);
  biquad(splash, 'bp', 3000, 0.7);
  const flick = smoothRandom(r, T + 0.1, 0.012, 0.5, 1);
  for (let i = 0; i < stream.length; i++) {
    const t = i / SR,
      e = body(t) * surge(t);
    stream[i] = (res[i] * 0.9 + res2[i] * 0.35 + splash[i] * 0.18 * flick(t)) * e;
  }
  mixAt(x, stream, 0.02, 0.55);
  // the glugs themselves: a low bubble in the bottle's neck, rising a little each time
  glugs.forEach((t, k) => mixAt(x, bubble(range(r, 240, 300) * (1 + (0.25 * k) / glugs.length), 0.03, 4, 0.18), t + 0.02));
  // small bubbles in the glass, higher as it fills
  for (let t = 0.1; t < 3.3; t += -Math.log(Math.max(1e-6, r())) / 60) {
    mixAt(x, bubble(range(r, 900, 2200) * (1 + 0.6 * fill(t)), range(r, 0.004, 0.012), range(r, 10, 30), range(r, 0.02, 0.06)), t);
  }
  // a few last drops from the lip of the bottle
  for (const t of [3.42, 3.6, 3.86]) mixAt(x, bubble(range(r, 1500, 2100), 0.015, 20, 0.15), t);
  return inRoom([x], 0.15);
}

/**
 * One boot on a stone step, as a boot is: the heel's hard clack (leather on stone, 1–4 kHz),
 * the step's own dull knock (noise rung through the slab's modes at 110–380 Hz), the sole
 * rolling down after it, a scuff of grit. No sine thumps: that is the heart's recipe.
 */
function bootStep(r, amp, bright, scuff) {
  const x = buf(0.6);
  const hit = impact(r, 1.5, bright);
  // the heel: mostly the contact itself, with only a hint of the heel block's ring
  addInto(
    x,
    ring(
      hit,
      [
        [1650, 0.0025, 0.05],
        [2700, 0.002, 0.035],
        [3900, 0.0015, 0.02],
      ],
      0.05,
    ),
    0,
    1,
  );
  addInto(x, hit, 0, 0.8);
  // the step's knock: a thud of low noise, lightly coloured by the slab
  const thud = white(secs(0.09), r);
  biquad(thud, 'lp', 420, 0.8);
  biquad(thud, 'hp', 90, 0.7);
  shape(thud, ad(0.002, 0.022));
  addInto(x, thud, 0, 1.6);
  addInto(
    x,
    ring(
      impact(r, 4, 1200),
      [
        [115, 0.02, 0.12],
        [190, 0.016, 0.16],
        [270, 0.013, 0.13],
        [380, 0.01, 0.09],
      ],
      0.2,
    ),
    0,
    1,
  );
  // the sole comes down 50–70 ms later: softer, broader
  const sole = white(secs(0.07), r);
  biquad(sole, 'bp', 650, 0.9);
  shape(sole, ad(0.003, 0.016));
  addInto(x, sole, secs(range(r, 0.05, 0.07)), 0.5);
  // grit under the sole
  const grit = white(secs(0.12), r);
  biquad(grit, 'bp', 3200, 1.2);
  shape(
    grit,
    pts([
      [0, 0],
      [0.02, 1],
      [0.12, 0],
    ]),
  );
  addInto(x, grit, secs(0.06), scuff);
  biquad(x, 'lp', bright, 0.7);
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
/** Heavy boots coming down the stone stairs, from far up the stairwell to the crypt floor (mono). */
export function footstepsStairs(r) {
  const T = 7.6;
  const steps = [];
  let t = 0.15;
  for (let k = 0; k < 11; k++) {
    steps.push(t);
    t += (k >= 9 ? 0.78 : 0.64) * (0.95 + 0.1 * r());
  }
  // far steps sit deep in the stairwell's reverb; the last ones are close and drier
  const near = buf(T + 0.3),
    far = buf(T + 0.3);
  steps.forEach((ts, k) => {
    const u = k / (steps.length - 1); // 0 far … 1 near
    const amp = Math.pow(10, (-14 + 14 * u) / 20) * (k % 2 ? 0.88 : 1);
    const step = bootStep(r, amp, 2500 + 6000 * u * u, 0.05 + 0.12 * r());
    mixAt(near, step, ts, u);
    mixAt(far, step, ts, 1 - u);
  });
  const [a] = inRoom([near], 0.2),
    [b] = inRoom([far], 0.8);
  const out = new Float32Array(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) + (b[i] ?? 0);
  return [out];
}

/**
 * He comes apart into smoke: a cloud of tiny grains (ash, embers) that thickens and then thins,
 * drifting up in pitch as it disperses; under it a long breath of air that rises and opens; a
 * faint shimmer of D minor high up; and the room taking it all in.
 */
export function smokeDissolve(r) {
  const T = 3.2,
    x = buf(T + 0.2);
  const density = pts([
    [0, 0],
    [0.5, 1],
    [1.4, 0.8],
    [2.6, 0.2],
    [T, 0],
  ]);
  for (let t = 0.02; t < T - 0.1;) {
    t += -Math.log(Math.max(1e-6, r())) / (20 + 320 * density(t));
    const u = t / T;
    const len = range(r, 0.008, 0.04) * (1 - 0.5 * u);
    const g = white(secs(len), r);
    const fc = Math.exp(range(r, Math.log(900), Math.log(4000))) * (1 + 1.4 * u);
    biquad(g, 'bp', Math.min(fc, 14000), range(r, 1.5, 5));
    shape(g, (s) => Math.sin((Math.PI * s) / len) ** 2);
    mixAt(x, g, t, range(r, 0.05, 0.22) * (0.4 + density(t)));
  }
  // the breath of air: formants that rise and open as the shape loosens
  mixAt(
    x,
    breath(
      r,
      T,
      pts([
        [0, 0],
        [0.5, 1],
        [1.8, 0.7],
        [T, 0],
      ]),
      [
        [600, 3, 1],
        [1400, 4, 0.6],
        [2600, 3, 0.3],
      ],
      0.5,
      { move: (t) => 0.8 + 0.9 * (t / T), jitter: 0.08, flutter: 0.3 },
    ),
    0,
    0.05,
  );
  // shimmer: D, F, A high in the piano's key, fluttering like embers
  const notes = [1174.7, 1396.9, 1760, 2349.3, 2793.8];
  notes.forEach((f, k) => {
    const flutter = smoothRandom(r, T, 0.045, 0.2, 1);
    const y = buf(T);
    for (let i = 0; i < y.length; i++) {
      const t = i / SR;
      y[i] =
        Math.sin(2 * Math.PI * f * t + k) *
        flutter(t) *
        pts([
          [0, 0],
          [0.25 + 0.1 * k, 1],
          [T, 0],
        ])(t);
    }
    mixAt(x, y, 0, 0.02 / (1 + k * 0.3));
  });
  return inRoom([x], 0.6);
}

/**
 * The crypt: room tone (a low rumble and the air of the room, a faint hiss that moves), and the
 * wind from the stairwell (right). Drips are not baked in: they are placed at run time.
 */
export function cryptAmbience(r) {
  const Ls = 48,
    L = secs(Ls),
    X = secs(4);
  const bed = [0, 1].map(() => {
    const tone = brown(L + X, r);
    biquad(tone, 'lp', 190, 0.7);
    biquad(tone, 'hp', 45, 0.7);
    biquad(tone, 'hp', 45, 0.7);
    const mid = pink(L + X, r);
    biquad(mid, 'lp', 900, 0.7);
    // the air: a soft, bright hiss of moving air, breathing slowly in level
    const air = pink(L + X, r);
    biquad(air, 'hp', 1800, 0.7);
    biquad(air, 'lp', 11000, 0.7);
    const sway = smoothRandom(r, Ls + 5, 2.3, 0.6, 1);
    const o = new Float32Array(L + X);
    for (let i = 0; i < o.length; i++) o[i] = tone[i] * 0.35 + mid[i] * 0.06 + air[i] * 0.15 * sway(i / SR);
    return o;
  });
  // wind: one source, gusting slowly, heard mostly on the right through the stairwell
  const wind = pink(L + X, r);
  const centre = smoothRandom(r, Ls + 5, 3.1, 260, 620);
  const gust = smoothRandom(r, Ls + 5, 4.3, 0.05, 1);
  sweep(wind, 'bp', centre, () => 1.8);
  const moan = pink(L + X, r);
  sweep(
    moan,
    'bp',
    (t) => centre(t) * 1.9,
    () => 9,
  );
  for (let i = 0; i < wind.length; i++) {
    const g = gust(i / SR) ** 2;
    wind[i] = wind[i] * (0.1 + 0.9 * g) + moan[i] * 0.5 * g * g;
  }
  biquad(wind, 'lp', 1500, 0.7);
  const windR = wind,
    windL = Float32Array.from(wind);
  biquad(windL, 'lp', 700, 0.7);
  const beds = [
    crossfadeLoop(
      bed[0].map((v, i) => v + windL[i] * 0.7),
      L,
      X,
    ),
    crossfadeLoop(
      bed[1].map((v, i) => v + windR[i] * 1.4),
      L,
      X,
    ),
  ];
  // the room's own tail on the wind and the air, wrapped so the loop stays seamless
  return roomLoop(beds, { send: 0.25 });
}

/** Drips for the run-time schedule: six drops, each in its own 2 s slot of one file, with the room's tail. */
export const DRIP_SLOT_MS = 2000;
export const DRIP_COUNT = 6;
export function cryptDrips(r) {
  const slot = secs(DRIP_SLOT_MS / 1000),
    fadeN = secs(0.3);
  const out = new Float32Array(slot * DRIP_COUNT);
  for (let k = 0; k < DRIP_COUNT; k++) {
    const x = buf(0.4);
    const amp = range(r, 0.5, 0.8);
    // a drop into a shallow puddle: a small bubble's rising plink, a tick, and for some a second drop
    const f = [1050, 1320, 1580, 1840, 2150, 1200][k];
    const d = bubble(f, range(r, 0.012, 0.025), range(r, 14, 35), amp);
    addInto(d, impact(r, 0.4, 9000), 0, amp * 0.15);
    mixAt(x, d, 0.005);
    if (k % 2) mixAt(x, bubble(f * 1.3, 0.008, 30, amp * 0.25), range(r, 0.09, 0.16));
    // far off in the stone: mostly room, cut to its slot with a fade so no tail spills over
    const [wet] = inRoom([x], 0.9);
    for (let i = 0; i < slot - 1; i++) {
      const fade = i > slot - 1 - fadeN ? (slot - 1 - i) / fadeN : 1;
      out[k * slot + i] = (wet[i] ?? 0) * fade;
    }
  }
  return [out];
}

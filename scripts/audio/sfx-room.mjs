// The glass and the bourbon, his boots on the stairs, the smoke, and the crypt itself.
import { SR, ad, addInto, biquad, brown, bubble, buf, burst, crossfadeLoop, fold, modes, pink, pts, range, secs, shape, smoothRandom, sweep, white } from './dsp.mjs';
import { crackle, events, mixAt, stone } from './fx.mjs';

/** A heavy tumbler set on stone: a thick-based clunk, a faint glass ring, a settling tick. */
export function glassImpact(r, amp = 1) {
  const x = buf(0.9);
  addInto(x, burst(r, 0.01, 0.0002, 0.0012, [200, 9000]), 0, 0.6);
  addInto(x, modes(0.3, [[410, 0.035, 1], [970, 0.028, 0.6], [180, 0.04, 0.7]], r), 0, 0.9);
  addInto(x, modes(0.8, [[2310, 0.22, 0.16], [3870, 0.16, 0.12], [5650, 0.1, 0.07], [7400, 0.06, 0.04]], r), 0, 1);
  // it rocks once on its rim and settles
  addInto(x, burst(r, 0.006, 0.0002, 0.0008, [800, 9000]), secs(0.038), 0.25);
  addInto(x, modes(0.3, [[2330, 0.12, 0.06], [3900, 0.09, 0.05]], r), secs(0.038), 1);
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
export function glassDown(r, ctx) {
  const x = buf(1.0);
  mixAt(x, glassImpact(r), 0.01);
  return stone(ctx, [x], { wet: 0.22, rev: 50, size: 40, tail: 0.6 });
}

export function pour(r, ctx) {
  const T = 3.6, x = buf(T + 0.4);
  const fill = (t) => Math.min(1, t / 3.2);
  // the stream: a splashing band that rises as the glass fills
  const stream = white(secs(T), r);
  sweep(stream, 'bp', (t) => 650 * Math.pow(2, 0.9 * fill(t)), () => 1.4);
  biquad(stream, 'lp', 5000, 0.7);
  const gurgle = smoothRandom(r, T + 0.1, 0.03, 0.4, 1);
  shape(stream, (t) => gurgle(t) * pts([[0, 0], [0.12, 1], [0.4, 0.75], [3.0, 0.7], [3.35, 0.25], [T, 0]])(t));
  mixAt(x, stream, 0.02, 0.5);
  // bubbles: many small rising chirps, thicker at the first splash, climbing with the level
  for (const t of events(r, 0.04, 3.35, (t) => (t < 0.3 ? 220 : 120))) {
    const f0 = Math.exp(range(r, Math.log(550), Math.log(2300))) * (1 + 0.35 * fill(t));
    mixAt(x, bubble(f0, range(r, 0.006, 0.022), range(r, 4, 25), range(r, 0.05, 0.22)), t);
  }
  // a few last drops
  for (const t of [3.45, 3.62, 3.85]) mixAt(x, bubble(range(r, 1200, 1800), 0.018, 20, 0.25), t);
  // the first touch of liquid on the glass
  mixAt(x, modes(0.5, [[2310, 0.2, 0.05], [3870, 0.15, 0.04]], r), 0.03, 1);
  return stone(ctx, [x], { wet: 0.15, rev: 45, size: 35, tail: 0.5 });
}

/** One boot on a stone step: heel strike, sole slap, a little grit. */
function bootStep(r, amp, bright) {
  const x = buf(0.5);
  const heel = buf(0.2);
  let ph = 0;
  for (let i = 0; i < heel.length; i++) {
    const t = i / SR;
    ph += (2 * Math.PI * (62 + 55 * Math.exp(-t / 0.015))) / SR;
    heel[i] = Math.sin(ph) * (1 - Math.exp(-t / 0.002)) * Math.exp(-t / 0.045);
  }
  addInto(x, heel, 0, 1.2);
  addInto(x, burst(r, 0.06, 0.0005, 0.012, [150, 2500]), 0, 0.8);
  addInto(x, burst(r, 0.05, 0.0008, 0.01, [300, 5000]), secs(range(r, 0.055, 0.075)), 0.55);
  const grit = white(secs(0.12), r);
  biquad(grit, 'bp', 3800, 0.9); shape(grit, pts([[0, 0], [0.03, 1], [0.12, 0]]));
  addInto(x, grit, secs(0.05), 0.07 * (0.5 + r()));
  biquad(x, 'lp', bright, 0.7);
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
/** Heavy boots coming down the stone stairs, from far up the stairwell to the crypt floor (mono). */
export function footstepsStairs(r, ctx) {
  const T = 7.6, dry = buf(T + 0.3);
  const steps = [];
  let t = 0.15;
  for (let k = 0; k < 11; k++) { steps.push(t); t += (k >= 9 ? 0.78 : 0.64) * (0.95 + 0.1 * r()); }
  steps.forEach((ts, k) => {
    const u = k / (steps.length - 1); // 0 far … 1 near
    const amp = Math.pow(10, (-15 + 15 * u) / 20) * (k % 2 ? 0.88 : 1);
    mixAt(dry, bootStep(r, amp, 1400 + 6600 * u * u), ts);
  });
  // far steps sit in the stairwell's reverb; near ones are drier
  const [wet] = stone(ctx, [dry], { wet: 1, dry: 0, rev: 65, damp: 45, size: 70, pre: 12, tail: 1.2 });
  const out = new Float32Array(wet.length);
  for (let i = 0; i < out.length; i++) {
    const u = Math.min(1, i / SR / steps[steps.length - 1]);
    out[i] = (dry[i] ?? 0) + wet[i] * (0.5 - 0.3 * u);
  }
  return [out];
}

/** A soft airy whoosh with a faint shimmer as a figure comes apart into smoke (mono). */
export function smokeDissolve(r, ctx) {
  const T = 3.2, x = buf(T);
  const air = white(secs(T), r);
  sweep(air, 'bp', (t) => 3800 * Math.pow(0.2, t / T), () => 1.3);
  shape(air, pts([[0, 0], [0.4, 1], [1.6, 0.75], [T, 0]]));
  mixAt(x, air, 0, 0.6);
  const breathy = pink(secs(T), r);
  biquad(breathy, 'hp', 5500, 0.7);
  shape(breathy, pts([[0, 0], [0.3, 1], [1.2, 0.5], [T, 0]]));
  mixAt(x, breathy, 0, 0.25);
  // shimmer: D, F, A high in the piano's key, fluttering like embers
  const notes = [1174.7, 1396.9, 1760, 2349.3, 2793.8];
  notes.forEach((f, k) => {
    const flutter = smoothRandom(r, T, 0.045, 0.2, 1);
    const y = buf(T);
    for (let i = 0; i < y.length; i++) {
      const t = i / SR;
      y[i] = Math.sin(2 * Math.PI * f * t + k) * flutter(t) * pts([[0, 0], [0.25 + 0.1 * k, 1], [T, 0]])(t);
    }
    mixAt(x, y, 0, 0.035 / (1 + k * 0.3));
  });
  return stone(ctx, [x], { wet: 0.5, rev: 75, damp: 40, size: 80, pre: 20, tail: 1.8 });
}

/** The crypt: room tone, wind from the stairwell (right), sparse drips in stone (stereo loop). */
export function cryptAmbience(r, ctx) {
  const Ls = 72, L = secs(Ls), X = secs(4);
  const bed = [0, 1].map((ch) => {
    const tone = brown(L + X, r);
    biquad(tone, 'lp', 190, 0.7); biquad(tone, 'hp', 45, 0.7); biquad(tone, 'hp', 45, 0.7);
    const air = pink(L + X, r);
    biquad(air, 'lp', 900, 0.7);
    const o = new Float32Array(L + X);
    for (let i = 0; i < o.length; i++) o[i] = tone[i] * 0.35 + air[i] * 0.06;
    return o;
  });
  // wind: one source, gusting slowly, heard mostly on the right through the stairwell
  const wind = pink(L + X, r);
  const centre = smoothRandom(r, Ls + 5, 3.1, 260, 620);
  const gust = smoothRandom(r, Ls + 5, 4.3, 0.05, 1);
  sweep(wind, 'bp', centre, () => 1.8);
  const moan = pink(L + X, r);
  sweep(moan, 'bp', (t) => centre(t) * 1.9, () => 9);
  for (let i = 0; i < wind.length; i++) {
    const g = gust(i / SR) ** 2;
    wind[i] = wind[i] * (0.1 + 0.9 * g) + moan[i] * 0.5 * g * g;
  }
  biquad(wind, 'lp', 1500, 0.7);
  const windR = wind, windL = Float32Array.from(wind);
  biquad(windL, 'lp', 700, 0.7);
  const beds = [crossfadeLoop(bed[0].map((v, i) => v + windL[i] * 0.7), L, X), crossfadeLoop(bed[1].map((v, i) => v + windR[i] * 1.4), L, X)];
  // drips: sparse, each a small bubble-plink with a tick, placed around the room, in stone
  const drips = [new Float32Array(L + secs(3)), new Float32Array(L + secs(3))];
  let t = 1.3;
  while (t < Ls - 0.5) {
    const pan = range(r, 0.1, 0.75), amp = range(r, 0.25, 0.6);
    const d = bubble(range(r, 900, 2200), range(r, 0.012, 0.03), range(r, 12, 40), amp);
    addInto(d, burst(r, 0.004, 0.0002, 0.0006, [2000, 9000]), 0, amp * 0.2);
    mixAt(drips[0], d, t, Math.cos((pan * Math.PI) / 2));
    mixAt(drips[1], d, t, Math.sin((pan * Math.PI) / 2));
    if (r() < 0.3) mixAt(drips[0], d, t + range(r, 0.25, 0.5), 0.5 * Math.cos((pan * Math.PI) / 2)), mixAt(drips[1], d, t + 0.35, 0.5 * Math.sin((pan * Math.PI) / 2));
    t += range(r, 2.8, 8.5);
  }
  const wet = stone(ctx, drips, { wet: 0.9, dry: 0.5, rev: 70, damp: 50, size: 85, pre: 15, tail: 0 });
  return beds.map((b, ch) => { const dl = fold(wet[ch], L); return b.map((v, i) => v + dl[i] * 0.4); });
}

// Breath, voice and body: inhale, cough, gasp, his drag, the swig, the drained glass, leather, heartbeat.
import { SR, addInto, ad, biquad, bubble, buf, burst, fold, formants, pts, range, secs, shape, white, pink, smoothRandom } from './dsp.mjs';
import { breath, crackle, events, mixAt, stone, voice } from './fx.mjs';
import { glassImpact } from './sfx-room.mjs';

// Vocal-tract resonances (Hz, Q, gain) for a woman's and a man's open vowel, and for breath through lips.
const HER = [[880, 5, 1], [1650, 6, 0.7], [2950, 7, 0.45], [4200, 5, 0.25]];
const HIS = [[640, 5, 1], [1150, 6, 0.6], [2500, 7, 0.4], [3500, 5, 0.2]];
const LIPS = [[1250, 3, 1], [2600, 4, 0.5], [5200, 2, 0.25]];

/** Drawing on a cigarette: air through the filter, tobacco crackling at the ember. */
function drag(r, seconds, bands, level) {
  const x = breath(r, seconds, pts([[0, 0], [0.25, 0.8], [seconds * 0.6, 1], [seconds, 0]]), bands, 0.25);
  for (const t of events(r, 0.1, seconds - 0.1, 35)) mixAt(x, crackle(r, range(r, 0.2, 0.8), 2000, 7000), t);
  for (let i = 0; i < x.length; i++) x[i] *= level * 0.1;
  return x;
}

export function inhale(r, ctx) {
  const x = buf(1.7);
  mixAt(x, drag(r, 1.35, LIPS, 1), 0.03);
  return stone(ctx, [x], { wet: 0.1, rev: 35, size: 25, tail: 0.3 });
}

/** One small cough: a glottal burst with a breathy, lightly voiced vowel behind it. */
function coughBurst(r, amp, f0, len = 0.2) {
  const total = len * 2.2, n = secs(total);
  const noise = breath(r, total, () => 1, HER, 0.35);
  const v = formants(voice(r, total, (t) => f0 * (1 - 0.25 * Math.min(1, t / len)), ad(0.008, len * 0.3)), HER);
  const vg = 1 / Math.max(1e-9, Math.sqrt(v.reduce((e, x) => e + x * x, 0) / n));
  // fast edge, quick fall, and a soft tail that really reaches silence
  const env = (t) => (t < 0.006 ? t / 0.006 : Math.exp(-(t - 0.006) / (len * 0.3))) * Math.min(1, (total - t) / (total * 0.4));
  const x = new Float32Array(n);
  for (let i = 0; i < n; i++) x[i] = (noise[i] * 0.8 + v[i] * vg * 0.45) * env(i / SR) * amp * 0.1;
  // the sharp edge of the glottis opening
  addInto(x, burst(r, 0.01, 0.0003, 0.002, [400, 5000]), 0, amp * 0.12);
  return x;
}
export function cough(r, ctx) {
  const x = buf(1.6);
  mixAt(x, coughBurst(r, 1, 300, 0.2), 0.02);
  mixAt(x, coughBurst(r, 0.75, 280, 0.17), 0.3);
  mixAt(x, coughBurst(r, 0.4, 260, 0.13), 0.56);
  // a small breath in afterwards
  mixAt(x, breath(r, 0.45, pts([[0, 0], [0.12, 1], [0.45, 0]]), HER, 0.25), 0.95, 0.025);
  return stone(ctx, [x], { wet: 0.12, rev: 40, size: 30, tail: 0.4 });
}

export function gasp(r, ctx) {
  const x = buf(0.85);
  // a sharp, short intake of breath: fast rise, a hint of voice catching, then quiet
  const len = 0.42;
  const air = breath(r, len, pts([[0, 0], [0.035, 1], [0.12, 0.8], [len, 0]]), HER.map(([f, q, g]) => [f * 1.08, q * 0.8, g]), 0.35);
  const v = formants(voice(r, len, (t) => 420 - 120 * t, pts([[0, 0], [0.04, 0.5], [0.14, 0.2], [0.3, 0]])), HER);
  const vp = v.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9), ap = air.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9);
  for (let i = 0; i < air.length; i++) air[i] += (v[i] / vp) * ap * 0.3;
  mixAt(x, air, 0.02);
  return stone(ctx, [x], { wet: 0.12, rev: 40, size: 30, tail: 0.4 });
}

export function spikeDrag(r, ctx) {
  const x = buf(4.6);
  // a long, unhurried drag; a held beat; the smoke let out slowly
  mixAt(x, drag(r, 1.9, LIPS.map(([f, q, g]) => [f * 0.85, q, g]), 1), 0.05);
  const out = breath(r, 1.9, pts([[0, 0], [0.2, 0.7], [0.8, 0.45], [1.9, 0]]), [[700, 2, 1], [1500, 3, 0.5], [3000, 2, 0.2]], 0.12);
  mixAt(x, out, 2.45, 0.055);
  return stone(ctx, [x], { wet: 0.1, rev: 35, size: 30, tail: 0.3 });
}

/** A swallow: the throat's low thump and a small wet click. */
function gulp(r, amp) {
  const x = buf(0.2);
  const thump = white(x.length, r);
  biquad(thump, 'bp', 320, 2.5); biquad(thump, 'lp', 900, 0.7);
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
  biquad(slosh, 'bp', 900, 1); shape(slosh, ad(0.02, 0.05));
  addInto(x, slosh, 0, 0.5);
  for (let i = 0; i < x.length; i++) x[i] *= amp;
  return x;
}
export function swig(r, ctx) {
  const x = buf(2.1);
  mixAt(x, glug(r, 0.8), 0.05); mixAt(x, glug(r, 0.7), 0.3);
  mixAt(x, gulp(r, 0.9), 0.5); mixAt(x, glug(r, 0.5), 0.62); mixAt(x, gulp(r, 0.8), 0.85);
  // the burn: a short breathy exhale through the teeth
  mixAt(x, breath(r, 0.7, pts([[0, 0], [0.06, 1], [0.7, 0]]), [[1800, 2, 0.6], [3500, 3, 0.6], [6000, 2, 0.4]], 0.3), 1.2, 0.03);
  return stone(ctx, [x], { wet: 0.12, rev: 40, size: 30, tail: 0.4 });
}

export function glassDrained(r, ctx) {
  const x = buf(3.4);
  mixAt(x, gulp(r, 1), 0.1); mixAt(x, gulp(r, 0.95), 0.45); mixAt(x, gulp(r, 0.85), 0.78);
  // a low, satisfied breath out, barely voiced
  const ah = breath(r, 0.8, pts([[0, 0], [0.08, 1], [0.8, 0]]), HIS, 0.15);
  const v = formants(voice(r, 0.8, (t) => 105 - 15 * t, pts([[0, 0], [0.1, 0.35], [0.5, 0.1], [0.8, 0]])), HIS);
  const vp = v.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9), ap = ah.reduce((m, s) => Math.max(m, Math.abs(s)), 1e-9);
  for (let i = 0; i < ah.length; i++) ah[i] += (v[i] / vp) * ap * 0.35;
  mixAt(x, ah, 1.2, 0.03);
  mixAt(x, glassImpact(r, 1.0), 2.35, 1);
  return stone(ctx, [x], { wet: 0.2, rev: 50, size: 40, tail: 0.6 });
}

/** Leather stick-slip: a jittered impulse train through the hide's resonances. */
function creak(r, seconds, rateOf, amp) {
  const x = buf(seconds);
  let t = 0;
  while (t < seconds) {
    const i = Math.round(t * SR);
    x[i] += (0.6 + 0.4 * r()) * Math.sin((Math.PI * t) / seconds) ** 0.8;
    t += (1 / rateOf(t / seconds)) * (0.8 + 0.4 * r());
  }
  const y = formants(x, [[720, 6, 1], [1480, 5, 0.8], [2900, 4, 0.5]]);
  for (let i = 0; i < y.length; i++) y[i] *= amp;
  return y;
}
export function leatherCreak(r, ctx) {
  const x = buf(1.5);
  mixAt(x, creak(r, 0.38, (u) => 35 + 70 * Math.sin(Math.PI * u), 1), 0.05);
  mixAt(x, creak(r, 0.5, (u) => 25 + 55 * u, 0.8), 0.55);
  const rustle = white(secs(1.2), r);
  biquad(rustle, 'bp', 3500, 0.8);
  shape(rustle, smoothRandom(r, 1.3, 0.05, 0, 1));
  shape(rustle, pts([[0, 0], [0.2, 1], [1.0, 0.5], [1.2, 0]]));
  mixAt(x, rustle, 0.05, 0.08);
  return stone(ctx, [x], { wet: 0.14, rev: 40, size: 30, tail: 0.4 });
}

/** A slow heartbeat, 56 bpm, as a seamless loop of 8 beats (mono). */
export function heartbeat(r) {
  const period = 60 / 56, beats = 8, L = Math.round(period * beats * SR);
  const x = new Float32Array(L + secs(1));
  const thump = (f0, f1, dec, amp) => {
    const y = buf(0.4);
    let ph = 0;
    for (let i = 0; i < y.length; i++) {
      const t = i / SR;
      ph += (2 * Math.PI * (f1 + (f0 - f1) * Math.exp(-t / 0.03))) / SR;
      y[i] = Math.sin(ph) * (1 - Math.exp(-t / 0.004)) * Math.exp(-t / dec);
    }
    // body so it reads on small speakers: a soft knock in the low mids
    const k = white(y.length, r);
    biquad(k, 'bp', 160, 1.2); shape(k, ad(0.004, 0.03));
    for (let i = 0; i < y.length; i++) y[i] = (y[i] + k[i] * 0.9) * amp;
    return y;
  };
  for (let b = 0; b < beats; b++) {
    const t = b * period;
    mixAt(x, thump(78, 48, 0.085, 1), t);
    mixAt(x, thump(95, 60, 0.06, 0.62), t + 0.29);
  }
  return [fold(x, L)];
}

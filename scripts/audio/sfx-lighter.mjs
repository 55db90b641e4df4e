// The lighter, the cigarette and the candles.
import {
  SR,
  biquad,
  buf,
  burst,
  crossfadeLoop,
  fold,
  impact,
  modes,
  pink,
  range,
  ring,
  secs,
  shape,
  smoothRandom,
  sweep,
  white,
  pts,
  ad,
} from './dsp.mjs';
import { crackle, events, mixAt, inRoom } from './fx.mjs';

// A thin steel case rings like a small plate: inharmonic modes (ratios of a clamped plate,
// about 1 : 1.59 : 2.14 : 2.65 : 3.16 : 3.5 : 4.6), each a close pair, the high ones short.
function caseModes(r, f0 = 2150, decay = 1, level = 1) {
  const out = [];
  for (const [ratio, tau, a] of [
    [1, 0.06, 0.6],
    [1.59, 0.07, 1],
    [2.14, 0.055, 0.8],
    [2.65, 0.045, 0.6],
    [3.16, 0.035, 0.45],
    [3.5, 0.03, 0.35],
    [4.6, 0.02, 0.2],
  ]) {
    const f = f0 * ratio * (1 + 0.006 * (r() - 0.5));
    out.push([f, tau * decay, a * level], [f * (1.003 + 0.003 * r()), tau * decay * 0.8, a * level * 0.5]);
  }
  return out;
}

export function zippoOpen(r) {
  const x = buf(0.7);
  // the cam lets go: a dull click of the spring inside the case
  const cam = impact(r, 0.8, 6000);
  mixAt(
    x,
    ring(
      cam,
      [
        [900, 0.008, 0.5],
        [1700, 0.006, 0.4],
      ],
      0.06,
    ),
    0.01,
    0.6,
  );
  mixAt(x, cam, 0.01, 0.3);
  // the lid swings up and its hinge strikes the case: metal on metal, the case rings ("clink")
  const hinge = impact(r, 0.35, 14000);
  mixAt(x, hinge, 0.052, 0.5);
  mixAt(x, ring(hinge, caseModes(r), 0.45), 0.052, 0.03);
  // a small bounce of the lid against its stop
  const bounce = impact(r, 0.25, 12000);
  mixAt(x, ring(bounce, caseModes(r, 2160, 0.6, 0.5), 0.3), 0.071, 0.02);
  return inRoom([x], 0.14);
}

export function zippoStrike(r, _ctx) {
  const x = buf(2.4);
  // flint wheel: a rough grinding burst, teeth ~ every 4 ms, with sparks
  const wheel = white(secs(0.16), r);
  for (let i = 0; i < wheel.length; i++) {
    const t = i / SR;
    const teeth = 0.55 + 0.45 * Math.sin(2 * Math.PI * 240 * t + 2 * r());
    wheel[i] *= teeth * Math.sin((Math.PI * t) / 0.16) ** 0.6;
  }
  biquad(wheel, 'hp', 1500, 0.7);
  biquad(wheel, 'peak', 3800, 1.2, 6);
  biquad(wheel, 'lp', 7500, 0.7);
  biquad(wheel, 'lp', 9000, 0.7);
  mixAt(x, wheel, 0.02, 0.55);
  for (const t of events(r, 0.05, 0.26, 70)) mixAt(x, crackle(r, range(r, 0.2, 0.6), 3000, 12000), t);
  // the wick catches: a soft low whoosh, then the steady breath of the flame
  const flame = white(secs(2.2), r);
  sweep(
    flame,
    'lp',
    (t) => 300 + 1700 * Math.exp(-t / 0.18),
    () => 0.8,
  );
  biquad(flame, 'hp', 90, 0.7);
  const flick = smoothRandom(r, 2.3, 0.06, 0.75, 1.1);
  shape(flame, (t) => (t < 0.07 ? t / 0.07 : 0.35 + 0.65 * Math.exp(-(t - 0.07) / 0.16)) * Math.min(1, (2.2 - t) / 1.3) * flick(t));
  mixAt(x, flame, 0.13, 1.6);
  return inRoom([x], 0.12);
}

export function zippoClose(r) {
  const x = buf(0.6);
  // the lid swings down and snaps: a solid, lower clack (the whole case rings, damped by the hand)
  const clack = impact(r, 1.2, 10000);
  mixAt(x, clack, 0.02, 0.7);
  mixAt(
    x,
    ring(
      clack,
      [
        [1250, 0.03, 1],
        [2600, 0.025, 0.7],
        [3900, 0.02, 0.5],
        [5300, 0.012, 0.3],
      ],
      0.2,
    ),
    0.02,
    0.025,
  );
  // the cam catching it, a doubled contact
  const cam = impact(r, 0.5, 12000);
  mixAt(x, cam, 0.034, 0.4);
  mixAt(x, ring(cam, caseModes(r, 2090, 0.35, 0.4), 0.15), 0.034, 0.02);
  return inRoom([x], 0.14);
}

export function cigaretteLight(r, _ctx) {
  const x = buf(2.0);
  // paper and tobacco catch in the flame: dense crackles thinning out, over a soft burn hiss
  for (const t of events(r, 0.05, 1.6, (t) => 140 * Math.exp(-t / 0.45) + 12)) {
    mixAt(x, crackle(r, range(r, 0.1, 0.5) * Math.exp(-t / 1.2), 1200, 8000), t);
  }
  const hiss = pink(secs(1.8), r);
  biquad(hiss, 'bp', 2200, 0.9);
  shape(
    hiss,
    pts([
      [0, 0],
      [0.1, 0.5],
      [0.5, 0.4],
      [1.8, 0],
    ]),
  );
  mixAt(x, hiss, 0.02, 0.55);
  // a little puff to draw it alight
  const puff = white(secs(0.6), r);
  biquad(puff, 'bp', 1300, 1.5);
  biquad(puff, 'lp', 3500, 0.7);
  shape(
    puff,
    pts([
      [0, 0],
      [0.15, 1],
      [0.35, 0.6],
      [0.6, 0],
    ]),
  );
  mixAt(x, puff, 0.15, 0.3);
  return inRoom([x], 0.1);
}

export function cigaretteRest(r, _ctx) {
  const x = buf(0.45);
  // the filter end lands on stone, then the cigarette rolls a hair and settles
  mixAt(x, burst(r, 0.008, 0.0002, 0.0012, [900, 7000]), 0.01, 0.9);
  mixAt(
    x,
    modes(
      0.05,
      [
        [2850, 0.008, 1],
        [4150, 0.006, 0.6],
        [1600, 0.01, 0.5],
      ],
      r,
    ),
    0.01,
    0.35,
  );
  mixAt(x, burst(r, 0.006, 0.0002, 0.0009, [1500, 8000]), 0.075, 0.35);
  const roll = white(secs(0.08), r);
  biquad(roll, 'bp', 3000, 1);
  shape(
    roll,
    pts([
      [0, 0],
      [0.02, 1],
      [0.08, 0],
    ]),
  );
  mixAt(x, roll, 0.085, 0.05);
  return inRoom([x], 0.2);
}

/** Candle: a soft seamless loop of flame breath and sparse wick crackles (mono). */
export function candleCrackle(r, _ctx) {
  const L = secs(24),
    X = secs(2);
  const bed = pink(L + X, r);
  biquad(bed, 'bp', 380, 0.5);
  biquad(bed, 'lp', 1400, 0.7);
  const breathe = smoothRandom(r, 27, 0.35, 0.45, 1);
  shape(bed, (t) => breathe(t) ** 2);
  const bedLoop = crossfadeLoop(bed, L, X);
  const ev = new Float32Array(L + secs(1));
  for (const t of events(r, 0.2, 23.6, 1.1)) {
    const n = r() < 0.3 ? 2 + Math.floor(r() * 3) : 1;
    for (let k = 0; k < n; k++) mixAt(ev, crackle(r, range(r, 0.15, 0.6), 1800, 7000), t + k * range(r, 0.015, 0.06));
    if (r() < 0.12) {
      // a low wick pop
      mixAt(ev, shape(biquad(white(secs(0.03), r), 'lp', 700, 0.8), ad(0.001, 0.006)), t, 0.8);
    }
  }
  const [evWet] = inRoom([ev], 0.25);
  const evLoop = fold(evWet, L);
  const out = new Float32Array(L);
  for (let i = 0; i < L; i++) out[i] = bedLoop[i] * 0.35 + evLoop[i];
  return [out];
}

// The keyframe player on the game clock: poses blend with easing, actions play their keys and
// hand props between the lid and a hand, and the end is the end whatever the start or the frame rate.
import { describe, expect, it } from 'vitest';
import type { FigureDef } from '../../src/scene/figures';
import {
  blendPoses,
  blinking,
  eased,
  glanceWeight,
  handsToStartFrom,
  placeHeld,
  placeParts,
  poseOf,
  sampleAction,
  sampleBlend,
  withIdle,
} from '../../src/scene/keyframes';
import { validateFigures } from '../../src/scene/validateFigures';
import { validateLevel } from '../../src/level/validate';
import { readJson } from './helpers';

const scene = validateLevel(readJson('levels/crypt.level.json'), 'crypt.level.json');
const shipped = validateFigures(readJson('levels/figures.json'), 'figures.json', scene);
function figure(id: string): FigureDef {
  const found = shipped.figures[id];
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}
const buffy = figure('buffy');
const spike = figure('spike');
const still = { reduced: false };

describe('easing', () => {
  it('starts at 0 and ends at 1 for every curve, and clamps outside', () => {
    for (const ease of ['linear', 'in', 'out', 'inOut'] as const) {
      expect(eased(ease, 0)).toBe(0);
      expect(eased(ease, 1)).toBe(1);
      expect(eased(ease, -1)).toBe(0);
      expect(eased(ease, 2)).toBe(1);
    }
  });

  it('eases in slowly and out slowly', () => {
    expect(eased('in', 0.25)).toBeLessThan(0.25);
    expect(eased('out', 0.25)).toBeGreaterThan(0.25);
    expect(eased('inOut', 0.5)).toBeCloseTo(0.5);
  });
});

describe('blending poses', () => {
  const seated = poseOf(buffy, 'seated');
  const down = poseOf(buffy, 'look_down');

  it('moves every angle part of the way, and changes a face only half-way', () => {
    const quarter = blendPoses(seated, down, 0.25);
    expect(quarter.head?.a).toBeCloseTo((seated.head?.a ?? 0) + ((down.head?.a ?? 0) - (seated.head?.a ?? 0)) * 0.25);
    expect(quarter.head?.tex).toBe('open');
    expect(blendPoses(seated, down, 0.75).head?.tex).toBe('down');
  });

  it('is at the target once the blend time has passed', () => {
    expect(sampleBlend(seated, down, 900, 900, still)).toEqual(down);
    expect(sampleBlend(seated, down, 0, 900, still)).toEqual(seated);
  });
});

describe('an action', () => {
  const take = buffy.actions.take_lighter;
  if (!take) throw new Error('buffy has no take_lighter');
  const seated = poseOf(buffy, 'seated');

  it('reaches for the lighter before it lifts it', () => {
    const reaching = sampleAction(buffy, take, seated, {}, 650, still);
    expect(reaching.pose.torso?.a).toBeGreaterThan(20);
    expect(reaching.held.lighter).toBeUndefined();
  });

  it('takes the lighter into her hand at its hand-off', () => {
    const lifted = sampleAction(buffy, take, seated, {}, 1000, still);
    expect(lifted.held.lighter?.part).toBe('hand');
  });

  it('ends on its end pose, holding what it hands over, from wherever it began', () => {
    const fromSeated = sampleAction(buffy, take, seated, {}, take.ms, still);
    const fromCrying = sampleAction(
      buffy,
      take,
      poseOf(buffy, 'crying'),
      { bottle: { part: 'hand', x: 0, y: 0, a: 0 } },
      take.ms + 5000,
      still,
    );
    expect(fromSeated.done).toBe(true);
    expect(fromSeated.pose).toEqual(poseOf(buffy, 'hold_low'));
    expect(fromCrying).toEqual(fromSeated);
    expect(fromSeated.held).toEqual({ lighter: { part: 'hand', x: 0, y: 5, a: 150 } });
  });

  it('lands on the same end watched frame by frame at any rate as skipped to', () => {
    for (const step of [16, 33, 250]) {
      let sample = sampleAction(buffy, take, seated, {}, 0, still);
      for (let t = 0; !sample.done; t += step) sample = sampleAction(buffy, take, sample.pose, sample.held, t, still);
      expect(sample.pose).toEqual(sampleAction(buffy, take, seated, {}, Infinity, still).pose);
    }
  });

  it('puts the lighter back on the lid when she sets it down', () => {
    const down = buffy.actions.set_lighter_down;
    if (!down) throw new Error('no set_lighter_down');
    const held = { lighter: { part: 'hand', x: 0, y: 5, a: 150 } };
    expect(sampleAction(buffy, down, poseOf(buffy, 'hold_low'), held, 500, still).held.lighter).toBeDefined();
    expect(sampleAction(buffy, down, poseOf(buffy, 'hold_low'), held, 900, still).held.lighter).toBeUndefined();
  });

  it('cut short before she sets the lighter down, leaves it on the lid for the next action, as a skip would', () => {
    const down = buffy.actions.set_lighter_down;
    const shake = buffy.actions.shake_cigarette;
    if (!down || !shake) throw new Error('no set_lighter_down or shake_cigarette');
    const inHand = sampleAction(buffy, down, poseOf(buffy, 'hold_low'), { lighter: { part: 'hand', x: 0, y: 5, a: 150 } }, 300, still).held;
    expect(inHand.lighter).toBeDefined();
    const next = handsToStartFrom(down, inHand);
    expect(next.lighter).toBeUndefined();
    expect(sampleAction(buffy, shake, poseOf(buffy, 'set_down_lighter'), next, 100, still).held.lighter).toBeUndefined();
  });

  it('after a story pose, starts from what the hands hold', () => {
    const held = { glass: { part: 'hand', x: 0, y: 10, a: 0 } };
    expect(handsToStartFrom(null, held)).toBe(held);
  });

  it('walks him from one mark to the next over its travel, step by step', () => {
    const walk = spike.actions.walk_to_her;
    if (!walk) throw new Error('no walk_to_her');
    const a = sampleAction(spike, walk, poseOf(spike, 'stairs'), {}, 450, still);
    const b = sampleAction(spike, walk, poseOf(spike, 'stairs'), {}, 900, still);
    expect(a.travel).toBeGreaterThan(0);
    expect(b.travel).toBeGreaterThan(a.travel);
    expect(a.pose.leg_near?.a).not.toBeCloseTo(b.pose.leg_near?.a ?? 0);
  });
});

describe('under reduced motion', () => {
  it('changes a key quickly at its end instead of travelling through it', () => {
    const take = buffy.actions.take_lighter;
    if (!take) throw new Error('no take_lighter');
    const seated = poseOf(buffy, 'seated');
    expect(sampleAction(buffy, take, seated, {}, 400, { reduced: true }).pose).toEqual(seated);
    expect(sampleAction(buffy, take, seated, {}, 700, { reduced: true }).pose).toEqual(poseOf(buffy, 'reach_lighter'));
  });

  it('fades him out where he was and in where he goes, instead of a walk', () => {
    const walk = spike.actions.walk_to_her;
    if (!walk?.travel) throw new Error('no walk_to_her travel');
    const middle = walk.travel.at + walk.travel.ms / 2;
    const early = sampleAction(spike, walk, poseOf(spike, 'stairs'), {}, walk.travel.at + 100, { reduced: true });
    const late = sampleAction(spike, walk, poseOf(spike, 'stairs'), {}, walk.travel.at + walk.travel.ms - 100, { reduced: true });
    expect(early.travel).toBe(0);
    expect(late.travel).toBe(1);
    expect(sampleAction(spike, walk, poseOf(spike, 'stairs'), {}, middle, { reduced: true }).fade).toBe(0);
  });
});

describe('idle life', () => {
  const seated = poseOf(buffy, 'seated');
  const idle = { reduced: false, alone: true, restingIn: 'seated', busy: false };

  it('breathes: the chest rises and falls over the breath', () => {
    const ys = [0, 1000, 2000, 3000].map((t) => withIdle(buffy, seated, t, 0, 7, idle).torso?.y ?? 0);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.2);
  });

  it('holds still under reduced motion, but for a blink', () => {
    expect(withIdle(buffy, seated, 1234, 0, 7, { ...idle, reduced: true }).torso).toEqual(seated.torso);
  });

  it('blinks now and then, briefly', () => {
    let shut = 0;
    for (let t = 0; t < 45_000; t += 10) if (blinking(t, 7)) shut += 10;
    expect(shut).toBeGreaterThan(10 * 100);
    expect(shut).toBeLessThan(45_000 * 0.06);
  });

  it('glances at the stairs only alone, resting, and turns there smoothly', () => {
    let t = 0;
    while (glanceWeight(t, 7) < 1 && t < 200_000) t += 10;
    expect(glanceWeight(t, 7)).toBe(1);
    expect(withIdle(buffy, seated, t, 0, 7, idle).head?.tex).toBe('up');
    expect(withIdle(buffy, seated, t, 0, 7, { ...idle, alone: false }).head?.tex).toBe('open');
    expect(withIdle(buffy, seated, t, 0, 7, { ...idle, busy: true }).head?.tex).toBe('open');
  });
});

describe('placing parts', () => {
  it('hangs each part from its parent: the hand follows the arm', () => {
    const seated = placeParts(buffy, poseOf(buffy, 'seated'));
    const reach = placeParts(buffy, poseOf(buffy, 'reach_lighter'));
    expect(reach.hand?.x).toBeGreaterThan((seated.hand?.x ?? 0) + 20);
    expect(reach.legs).toEqual(seated.legs);
  });

  it('puts a held prop in the hand that holds it', () => {
    const placed = placeParts(buffy, poseOf(buffy, 'hold_low'));
    const at = placeHeld(placed, { part: 'hand', x: 0, y: 0, a: 0 });
    expect(at?.x).toBeCloseTo(placed.hand?.x ?? NaN);
    expect(placeHeld(placed, { part: 'tail', x: 0, y: 0, a: 0 })).toBeNull();
  });
});

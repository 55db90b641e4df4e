// A pour as the room draws it: a trickle that thickens and thins at its ends, along a path that
// leaves the neck the way it points and falls into the glass.
import { describe, expect, it } from 'vitest';
import { POUR_RAMP_MS, pouringAt, streamPath } from '../../src/scene/pour';
import { validateFigures } from '../../src/scene/validateFigures';
import { validateLevel } from '../../src/level/validate';
import { readJson } from './helpers';

const scene = validateLevel(readJson('levels/crypt.level.json'), 'crypt.level.json');
const figures = validateFigures(readJson('levels/figures.json'), 'levels/figures.json', scene);
const pour = figures.figures.buffy?.actions.pour;
if (!pour) throw new Error('levels/figures.json: buffy has no pour');

describe('a pour', () => {
  it('runs from the bottle into the glass only inside its window', () => {
    const [stream] = pour.pours;
    expect(stream).toMatchObject({ from: 'bottle', into: 'glass' });
    if (!stream) return;
    expect(pouringAt(pour, stream.at - 1)).toBeNull();
    expect(pouringAt(pour, stream.until)).toBeNull();
    expect(pouringAt(pour, (stream.at + stream.until) / 2)).toEqual({ pour: stream, flow: 1 });
  });

  it('thickens as it starts and thins before it stops, never jumping', () => {
    const [stream] = pour.pours;
    if (!stream) throw new Error('no pour');
    const flow = (t: number): number => pouringAt(pour, t)?.flow ?? 0;
    expect(flow(stream.at)).toBe(0);
    expect(flow(stream.at + POUR_RAMP_MS.in / 2)).toBeCloseTo(0.5, 5);
    expect(flow(stream.at + POUR_RAMP_MS.in)).toBe(1);
    expect(flow(stream.until - POUR_RAMP_MS.out / 2)).toBeCloseTo(0.5, 5);
    for (let t = stream.at; t < stream.until; t += 5) expect(Math.abs(flow(t + 5) - flow(t))).toBeLessThan(0.1);
  });

  it('leaves the neck the way it points and ends in the glass', () => {
    const from = { x: 655, y: 428 };
    const down = { x: Math.sin((105 * Math.PI) / 180), y: -Math.cos((105 * Math.PI) / 180) };
    const into = { x: 694, y: 441 };
    const path = streamPath(from, down, into, 8);
    expect(path).toHaveLength(9);
    expect(path[0]).toEqual(from);
    expect(path[8]?.x).toBeCloseTo(into.x, 9);
    expect(path[8]?.y).toBeCloseTo(into.y, 9);
    const [a, b] = [path[0], path[1]];
    if (!a || !b) throw new Error('no path');
    const first = Math.atan2(b.y - a.y, b.x - a.x);
    expect(Math.abs(first - Math.atan2(down.y, down.x))).toBeLessThan(0.25);
    // Falling: every stroke runs on towards the glass and none climbs.
    for (let i = 1; i < path.length; i++) {
      expect(path[i]?.x ?? 0).toBeGreaterThan(path[i - 1]?.x ?? 0);
      expect(path[i]?.y ?? 0).toBeGreaterThanOrEqual(path[i - 1]?.y ?? 0);
    }
  });
});

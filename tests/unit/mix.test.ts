import { describe, expect, it } from 'vitest';
import { busVolume, cueVolume, duckFactor, DUCK_LEVEL, panFromX } from '../../src/audio/mix';
import { defaultSettings, type Settings } from '../../src/save/settings';
import type { CueDef } from '../../src/story/contentIndex';

const settings: Settings = { ...defaultSettings(false), master: 0.5, music: 0.8, ambience: 0.6, sfx: 1 };
const cue = (bus: CueDef['bus'], volume = 1): CueDef => ({ bus, volume, loop: false, caption: null, duck: false });

describe('the mix', () => {
  it('multiplies each bus by the master volume', () => {
    expect(busVolume('music', settings)).toBeCloseTo(0.4);
    expect(busVolume('ambience', settings)).toBeCloseTo(0.3);
    expect(busVolume('sfx', settings)).toBeCloseTo(0.5);
  });

  it('silences every bus when muted, whatever the sliders say', () => {
    const muted = { ...settings, muted: true };
    expect(busVolume('music', muted)).toBe(0);
    expect(busVolume('sfx', muted)).toBe(0);
  });

  it("plays a cue at its own volume times its bus's", () => {
    expect(cueVolume(cue('sfx', 0.9), settings, false)).toBeCloseTo(0.45);
  });

  it('ducks music and ambience under an important cue, never the effects', () => {
    expect(duckFactor('music', true)).toBe(DUCK_LEVEL);
    expect(duckFactor('ambience', true)).toBe(DUCK_LEVEL);
    expect(duckFactor('sfx', true)).toBe(1);
    expect(duckFactor('music', false)).toBe(1);
    expect(cueVolume(cue('music'), settings, true)).toBeCloseTo(0.4 * DUCK_LEVEL);
  });

  it('never plays louder than full scale', () => {
    const loud = { ...settings, master: 1, sfx: 1 };
    expect(cueVolume(cue('sfx', 1), loud, false)).toBe(1);
  });

  it('pans a sound gently from where its object stands', () => {
    expect(panFromX(640, 1280)).toBeCloseTo(0);
    expect(panFromX(0, 1280)).toBeCloseTo(-0.6);
    expect(panFromX(1280, 1280)).toBeCloseTo(0.6);
    expect(panFromX(960, 1280)).toBeGreaterThan(0);
  });
});

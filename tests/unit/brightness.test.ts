import { describe, expect, it } from 'vitest';
import { asksForBrightness, brightnessTable, CURVE_SAMPLES, lifted } from '../../src/scene/brightness';
import { defaultSettings, mergeSettings } from '../../src/save/settings';

/** The crypt's mean luminance, measured on a frame of the ritual. */
const CRYPT_MEAN = 0.04;

describe('the brightness curve', () => {
  it('leaves the picture as made at level 0', () => {
    const table = brightnessTable(0);
    expect(table).toHaveLength(CURVE_SAMPLES);
    for (let i = 0; i <= 20; i++) expect(lifted(0, i / 20)).toBeCloseTo(i / 20, 10);
  });

  it('keeps black black and full light where it is, at every level', () => {
    for (const level of [0, 0.25, 0.5, 0.75, 1]) {
      expect(lifted(level, 0)).toBe(0);
      expect(lifted(level, 1)).toBeCloseTo(1, 10);
    }
  });

  it("lifts the crypt's mean about twice at the middle of the slider and four times at its end", () => {
    expect(lifted(0.5, CRYPT_MEAN) / CRYPT_MEAN).toBeCloseTo(2, 0);
    expect(lifted(1, CRYPT_MEAN) / CRYPT_MEAN).toBeCloseTo(4, 0);
  });

  it('never darkens and never turns a tone over (it rises with the input)', () => {
    for (const level of [0.3, 1]) {
      let last = -1;
      for (let i = 0; i <= 100; i++) {
        const out = lifted(level, i / 100);
        expect(out).toBeGreaterThanOrEqual(i / 100 - 1e-12);
        expect(out).toBeGreaterThan(last);
        last = out;
      }
    }
  });

  it("keeps the darkest warm shadows' hue exactly (the toe only scales them)", () => {
    const shadow = [0.05, 0.03, 0.015];
    const out = shadow.map((v) => lifted(1, v));
    expect((out[0] ?? 0) / (out[2] ?? 1)).toBeCloseTo((shadow[0] ?? 0) / (shadow[2] ?? 1), 10);
  });

  it('keeps a candle pool warm: red above green above blue, still', () => {
    const pool = [0.85, 0.55, 0.25].map((v) => lifted(1, v));
    expect(pool[0]).toBeGreaterThan(pool[1] ?? 1);
    expect(pool[1]).toBeGreaterThan(pool[2] ?? 1);
  });
});

describe('the brightness setting', () => {
  it('is 0 on a desktop by default, and not yet asked', () => {
    expect(defaultSettings(false).brightness).toBe(0);
    expect(defaultSettings(false).brightnessAsked).toBe(false);
  });

  it('reads settings saved before it existed as the picture as made', () => {
    const old = { ...defaultSettings(false) } as Record<string, unknown>;
    delete old.brightness;
    delete old.brightnessAsked;
    const read = mergeSettings(defaultSettings(false), old);
    expect(read.brightness).toBe(0);
    expect(read.brightnessAsked).toBe(false);
  });

  it('keeps a stored level in range and refuses one outside it', () => {
    expect(mergeSettings(defaultSettings(false), { brightness: 0.35, brightnessAsked: true })).toMatchObject({
      brightness: 0.35,
      brightnessAsked: true,
    });
    expect(mergeSettings(defaultSettings(false), { brightness: 3 }).brightness).toBe(0);
    expect(mergeSettings(defaultSettings(false), { brightness: '1' }).brightness).toBe(0);
  });

  it('shows the picture once, the first time, on a small touch screen only', () => {
    expect(asksForBrightness({ asked: false, shortSide: 390, coarse: true })).toBe(true);
    expect(asksForBrightness({ asked: true, shortSide: 390, coarse: true })).toBe(false);
    expect(asksForBrightness({ asked: false, shortSide: 390, coarse: false })).toBe(false);
    expect(asksForBrightness({ asked: false, shortSide: 1024, coarse: true })).toBe(false);
  });
});

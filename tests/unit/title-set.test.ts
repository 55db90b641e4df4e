import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { laterTextures, partsOnlyTextures } from '../../build/titleSet';
import { validateFigures } from '../../src/scene/validateFigures';
import { validateLevel } from '../../src/level/validate';
import { shrinkToFit, textureLimit } from '../../src/game/loading/textureFit';
import { ROOT } from './helpers';

const def = validateLevel(JSON.parse(readFileSync(join(ROOT, 'levels/crypt.level.json'), 'utf8')), 'levels/crypt.level.json');

describe('what the title shows and what can wait', () => {
  const later = laterTextures(def);

  it('keeps her seated figure, her glance to the stairs and the objects as laid out with the title', () => {
    for (const name of [
      'buffy_seated',
      'buffy_look_up',
      'lighter_shut',
      'cigarettes_closed',
      'bottle_full',
      'glass_empty',
      'candle_mid',
      'sarcophagus',
    ]) {
      expect(later.has(name), name).toBe(false);
    }
  });

  it('leaves his figures, the embrace, her other poses and the objects in use for later', () => {
    for (const name of [
      'spike_seated',
      'spike_standing',
      'embrace',
      'buffy_crying',
      'buffy_lean',
      'lighter_open',
      'cigarette',
      'glass_full',
      'bottle_poured',
    ]) {
      expect(later.has(name), name).toBe(true);
    }
  });

  it('never defers what no prop or pose names (flames, halos, dust, the shaft)', () => {
    for (const name of ['flame', 'ember_glow', 'dust', 'shaft', 'smoke']) expect(later.has(name), name).toBe(false);
  });
});

describe('textures within the device limit', () => {
  it('leaves a texture that fits alone', () => {
    expect(shrinkToFit(2004, 872, 4096)).toBe(1);
    expect(shrinkToFit(2048, 2048, 2048)).toBe(1);
  });

  it('halves, or quarters, a texture larger than the device takes', () => {
    expect(shrinkToFit(2004, 872, 1024)).toBe(2);
    expect(shrinkToFit(1280, 720, 512)).toBe(4);
  });

  it('lets a test lower the limit but never raise it', () => {
    expect(textureLimit(4096, '1024')).toBe(1024);
    expect(textureLimit(2048, '8192')).toBe(2048);
    expect(textureLimit(4096, undefined)).toBe(4096);
    expect(textureLimit(4096, 'nonsense')).toBe(4096);
  });
});

describe('what the figures made of parts leave unshipped', () => {
  const figures = validateFigures(JSON.parse(readFileSync(join(ROOT, 'levels/figures.json'), 'utf8')), 'levels/figures.json', def);
  const unused = partsOnlyTextures(def, figures);

  it('leaves out her and his whole-figure poses, which their parts replace', () => {
    for (const name of ['buffy_seated', 'buffy_look_down', 'buffy_lean', 'spike_standing', 'spike_seated'])
      expect(unused.has(name), name).toBe(true);
  });

  it('ships the embrace, which a part of the figure draws whole', () => {
    expect(unused.has('embrace')).toBe(false);
  });

  it('ships everything when no figure is made of parts', () => {
    expect(partsOnlyTextures(def, { ...figures, figures: {} }).size).toBe(0);
  });
});

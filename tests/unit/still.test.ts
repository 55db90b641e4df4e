import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateLevel } from '../../src/level/validate';
import { stillProps } from '../../src/level/still';

const scene = validateLevel(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../levels/crypt.level.json'), 'utf8')),
  'levels/crypt.level.json',
);

describe('the still scenery lit with the stone', () => {
  it('is the sarcophagus and the candles behind the figures, in drawing order', () => {
    expect(stillProps(scene)).toEqual(['candle_1', 'candle_2', 'sarcophagus', 'candle_4', 'candle_5']);
  });

  it('never takes a prop the player uses, one that changes, or one in front of a figure', () => {
    const still = new Set(stillProps(scene));
    for (const id of ['lighter', 'cigarettes', 'cigarette', 'bottle', 'glass', 'duster', 'candle_3']) expect(still.has(id)).toBe(false);
  });
});

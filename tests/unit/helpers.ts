// Shared test helpers: the real content index, and a tiny scene for director specs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from '../../src/lang/format';
import type { Say } from '../../src/lang/strings';
import type { ContentIndex } from '../../src/story/commands';

export const ROOT = join(import.meta.dirname, '../..');

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(join(ROOT, relative), 'utf8'));
}

/** The game's English words by key (levels/lang/en.json), as the views are given them. */
const english = (readJson('levels/lang/en.json') as { strings: Record<string, string> }).strings;
export const say: Say = (key, params) => format(english[key] ?? key, params);

/** A small hand-made index, so tag specs don't depend on the shipped content. */
export const TEST_INDEX: ContentIndex = {
  cues: new Map([
    ['zippo_open', { bus: 'sfx' }],
    ['music_night', { bus: 'music' }],
    ['crypt_ambience', { bus: 'ambience' }],
  ]),
  lights: new Set(['lighter_flame']),
  moods: new Set(['night', 'warm']),
  props: new Map([['lighter', new Set(['shut', 'open', 'lit'])]]),
  actors: new Map([['spike', new Set(['hidden', 'seated'])]]),
  actions: new Map([
    [
      'spike',
      new Map<string, string | null>([
        ['sit', 'seated'],
        ['frown', null],
      ]),
    ],
  ]),
  shots: new Set(['wide', 'kiss']),
  cutscenes: new Set(['kiss']),
};

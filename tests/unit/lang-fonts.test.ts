// The shipped typefaces have every character of every language's strings: a letter a face
// lacks would show in some other font on the player's machine (or as a box). Each face the
// game offers is checked with the subsets it ships (latin and latin-ext), read from the font
// files themselves. Spaces are exempt: a no-break space a face lacks still shows as a space.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { stringTables } from '../../build/lang';
import { ROOT } from './helpers';

/** The faces the game offers (src: the @fontsource imports), as file-name stems. */
const FACES = [
  'cormorant-garamond/files/cormorant-garamond-%s-400-normal',
  'cormorant-garamond/files/cormorant-garamond-%s-400-italic',
  'cormorant-garamond/files/cormorant-garamond-%s-600-normal',
  'atkinson-hyperlegible/files/atkinson-hyperlegible-%s-400-normal',
  'opendyslexic/files/opendyslexic-%s-400-normal',
];
const SUBSETS = ['latin', 'latin-ext'];
const SPACES = /[\s\u00a0\u202f\u2009]/u;

function coverage(stem: string): Set<number> {
  const points = new Set<number>();
  for (const subset of SUBSETS) {
    const file = join(ROOT, 'node_modules/@fontsource', `${stem.replace('%s', subset)}.woff2`);
    const dir = file.slice(0, file.lastIndexOf('/'));
    if (!readdirSync(dir).includes(file.slice(dir.length + 1))) continue;
    const font = fontkit.openSync(file);
    if ('characterSet' in font) for (const cp of font.characterSet) points.add(cp);
  }
  return points;
}

describe('the typefaces', () => {
  const { tables } = stringTables(ROOT);
  for (const [lang, table] of Object.entries(tables)) {
    it(`draw every character of the ${lang} strings, in each face`, () => {
      const used = new Set<string>();
      for (const text of Object.values(table)) for (const ch of text) if (!SPACES.test(ch)) used.add(ch);
      for (const face of FACES) {
        const has = coverage(face);
        expect(has.size, face).toBeGreaterThan(100);
        const lacking = [...used].filter((ch) => !has.has(ch.codePointAt(0) ?? 0));
        expect(lacking, `${face.split('/').at(-1)?.replace('-%s', '') ?? face} lacks`).toEqual([]);
      }
    });
  }
});

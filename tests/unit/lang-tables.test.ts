// The string tables: the shipped languages are complete, and every fault a translator can make
// fails the build naming the file and the line or key (fixtures in a copy of the content).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTable, englishStrings, readTable, stringTables, translationFiles } from '../../build/lang';
import { ContentInvalid } from '../../src/content/read';
import { format, placeholdersOf } from '../../src/lang/format';
import { pickLanguage, Strings } from '../../src/lang/strings';
import { ROOT } from './helpers';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project's content with `edit` applied to one file. */
function contentWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'every-night-lang-'));
  made.push(dir);
  for (const part of ['levels', 'assets/audio']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  // The art's and the fonts' manifests (their credits are strings too), without the art itself.
  for (const part of ['assets/art/art.manifest.json', 'assets/fonts.manifest.json']) cpSync(join(ROOT, part), join(dir, part));
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function faultOf(work: () => unknown): ContentInvalid {
  try {
    work();
  } catch (error) {
    if (error instanceof ContentInvalid) return error;
    throw error;
  }
  throw new Error('expected the strings to be rejected');
}

const checkAll = (root: string): unknown => stringTables(root);

describe('the shipped string tables', () => {
  it('translate every string of the game into Spanish and French', () => {
    const { reports, tables } = stringTables(ROOT);
    expect(reports.map((r) => r.lang)).toEqual(['es', 'fr']);
    for (const report of reports) expect(report.missing, report.lang).toEqual([]);
    const keys = Object.keys(tables.en ?? {});
    expect(keys.length).toBeGreaterThan(400);
    for (const lang of ['es', 'fr']) expect(Object.keys(tables[lang] ?? {}).sort()).toEqual([...keys].sort());
  });

  it('give every line, choice, cutscene line, label and caption an English source', () => {
    const english = englishStrings(ROOT);
    expect(english.get('ritual.she_bought_three_of')?.text).toBe('She bought three of them. The fourth was his.');
    expect(english.get('label.lighter')?.text).toBe('The silver lighter');
    expect(english.get('caption.heartbeat')?.text).toBe('[a heartbeat]');
    expect([...english.keys()].some((k) => k.startsWith('reunion.'))).toBe(true);
    expect([...english.values()].find((s) => s.speaker === 'Spike')?.text).not.toMatch(/^Spike:/);
  });
});

describe('a translation fault fails the build, naming file and line', () => {
  it('a line missing from a table', () => {
    const root = contentWith('levels/lang/fr.json', (t) => t.replace(/\n\s*"title\.new": \{[^\n]*\},/, ''));
    const fault = faultOf(() => checkAll(root));
    expect(fault.file).toBe('levels/lang/fr.json');
    expect(fault.message).toMatch(/"title\.new" has no translation \(English: "New game", levels\/lang\/en\.json:\d+\)/);
  });

  it('an id in a table that no longer exists', () => {
    const root = contentWith('levels/lang/es.json', (t) =>
      t.replace('"strings": {', '"strings": {\n    "ritual.a_line_cut_long_ago": { "en": "Gone.", "text": "Ya no está." },'),
    );
    const fault = faultOf(() => checkAll(root));
    expect(fault.file).toBe('levels/lang/es.json');
    expect(fault.line).toBe(5);
    expect(fault.message).toMatch(/es\.json:5: "ritual\.a_line_cut_long_ago" is not a string of the game any more/);
  });

  it('a placeholder that does not match', () => {
    const root = contentWith('levels/lang/es.json', (t) =>
      t.replace(/("keys\.now": \{ "en": "[^"]*", "text": ")[^"]*"/, '$1{accion} ahora usa {key}."'),
    );
    const fault = faultOf(() => checkAll(root));
    expect(fault.message).toMatch(/"keys\.now": the placeholders are \{accion\}, \{key\} but the English has \{action\}, \{key\}/);
    expect(fault.line).not.toBeNull();
  });

  it('a new ink line without an id, naming the .ink line', () => {
    const root = contentWith('levels/every-night.ink', (t) => t.replace(/(Another night, then\.[^\n]*\n)/, '$1A line nobody tagged.\n'));
    const fault = faultOf(() => englishStrings(root));
    expect(fault.file).toBe('levels/every-night.ink');
    expect(fault.message).toMatch(/"A line nobody tagged\." has no "# id:" tag: run `npm run lang`/);
    expect(fault.line).toBe(30);
  });

  it('a line glued from pieces of text, which cannot be translated whole', () => {
    const root = contentWith('levels/every-night.ink', (t) =>
      t.replace('        Smoke, and new leather. Half a recipe.', '        {smoked:Smoke|Bourbon}, and new leather. Half a recipe.'),
    );
    const fault = faultOf(() => englishStrings(root));
    expect(fault.message).toMatch(/built from pieces of text/);
  });

  it('a cutscene line without an id', () => {
    const root = contentWith('levels/cutscenes/reunion.cutscene.json', (t) =>
      t.replace(/\{ "id": "[^"]+", "line": "Buffy: Promise\?"/, '{ "line": "Buffy: Promise?"'),
    );
    const fault = faultOf(() => englishStrings(root));
    expect(fault.file).toBe('levels/cutscenes/reunion.cutscene.json');
    expect(fault.message).toMatch(/"Buffy: Promise\?" has no "id"/);
  });

  it("an asset's credit missing from a table, naming the table, the key and the manifest", () => {
    const root = contentWith('levels/lang/es.json', (t) => t.replace(/\n\s*"asset\.pour\.credit": \{[^\n]*\},/, ''));
    const fault = faultOf(() => checkAll(root));
    expect(fault.file).toBe('levels/lang/es.json');
    expect(fault.message).toMatch(
      /"asset\.pour\.credit" has no translation \(English: "Synthesised in code by scripts\/bake-audio\.mjs", assets\/audio\/audio\.manifest\.json:\d+\)/,
    );
  });

  it("an asset with no credit line, naming the manifest and the entry's line", () => {
    const root = contentWith('assets/audio/audio.manifest.json', (t) =>
      t.replace(/("file": "swig\.mp3",\n\s*"title": "[^"]*",\n\s*)"credit": "[^"]*",\n\s*/, '$1'),
    );
    const fault = faultOf(() => englishStrings(root));
    expect(fault.file).toBe('assets/audio/audio.manifest.json');
    expect(fault.message).toMatch(/\[\d+\]\.credit: expected text/);
    expect(fault.line).not.toBeNull();
  });

  it('two files credited under one name with different words', () => {
    const root = contentWith('assets/audio/audio.manifest.json', (t) =>
      t.replace(/("file": "swig\.mp3",\n\s*"title": ")[^"]*"/, '$1A different swig"'),
    );
    const fault = faultOf(() => englishStrings(root));
    expect(fault.message).toMatch(
      /swig\.mp3: "A different swig" differs from "A swig from the bottle" \(swig\.webm\); files credited under one name \("asset\.swig\.title"\)/,
    );
  });

  it('two files folded into one credit with different licences', () => {
    const root = contentWith('assets/audio/audio.manifest.json', (t) =>
      t.replace(/("file": "swig\.mp3",[\s\S]*?"licence": ")[^"]*"/, '$1CC0"'),
    );
    const fault = faultOf(() => englishStrings(root));
    expect(fault.file).toBe('assets/audio/audio.manifest.json');
    expect(fault.message).toMatch(/swig\.mp3: its licence "CC0" differs from swig\.webm's "CC BY 4\.0, Every Night team"/);
  });

  it("lists, and does not fail, a draft language's missing lines and a translation made from older English", () => {
    const root = contentWith('levels/lang/fr.json', (t) =>
      t
        .replace('"name": "Français",', '"name": "Français",\n  "draft": true,')
        .replace(/\n\s*"title\.new": \{[^\n]*\},/, '')
        .replace('"en": "Continue"', '"en": "Carry on"'),
    );
    const table = readTable(root, translationFiles(root).find((f) => f.endsWith('fr.json')) ?? '');
    const report = checkTable(table, englishStrings(root));
    expect(report.missing).toEqual(['title.new']);
    expect(report.stale).toEqual(['title.continue']);
  });
});

describe('looking strings up', () => {
  const languages = {
    tables: { en: { hello: 'Hello, {name}.', only: 'English only' }, es: { hello: 'Hola, {name}.' } },
    names: { en: 'English', es: 'Español' },
  };

  it('fills named placeholders, in any order a translation puts them', () => {
    expect(format('{b} then {a}', { a: 1, b: 'two' })).toBe('two then 1');
    expect(placeholdersOf('{action} is now {key}. {action}')).toEqual(['action', 'key']);
  });

  it('falls back to English for a string a language lacks, never to a blank', () => {
    const s = new Strings(languages, 'es');
    expect(s.t('hello', { name: 'Spike' })).toBe('Hola, Spike.');
    expect(s.t('only')).toBe('English only');
    expect(s.or(null, 'a test line')).toBe('a test line');
  });

  it("follows the browser's languages, matching a region to its language, English otherwise", () => {
    expect(pickLanguage(['es-MX', 'en'], ['en', 'es', 'fr'])).toBe('es');
    expect(pickLanguage(['de-DE', 'fr-CA'], ['en', 'es', 'fr'])).toBe('fr');
    expect(pickLanguage(['ja'], ['en', 'es', 'fr'])).toBe('en');
  });

  it('switches language, and an unknown one reads as English', () => {
    const s = new Strings(languages, 'en');
    s.use('es');
    expect(s.lang).toBe('es');
    s.use('klingon');
    expect(s.lang).toBe('en');
    expect(s.available).toEqual([
      ['en', 'English'],
      ['es', 'Español'],
    ]);
  });
});

// Build-time: the English of every string a player sees or hears, by key — the UI table
// (levels/lang/en.json), every ink line and choice (by its `# id:`), every cutscene line and
// card (by its "id"), the objects' labels, the sounds' captions and the assets' credits — and every translation
// table checked against it. Faults name the file and the line or key; a translation made from
// English that has since changed is listed, not failed (it still reads; a translator updates it).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ContentInvalid, isObject, lineOfPosition, parseJsonWithLine } from '../src/content/read';
import { placeholdersOf } from '../src/lang/format';
import { ID_PATTERN, inkLines } from './inkLines';
import { creditStrings } from './manifest';

/** Where the strings are, relative to the project root. */
export const LANG_DIR = 'levels/lang';
const INK = 'levels/every-night.ink';
const SCENE = 'levels/crypt.level.json';
const CUES = 'assets/audio/cues.json';
const CUTSCENES = 'levels/cutscenes';

/** The English of one string, and where it comes from (for translators and for errors). */
export interface Source {
  readonly text: string;
  readonly file: string;
  readonly line: number | null;
  /** Who says it (a story or cutscene line), if anyone. */
  readonly speaker: string | null;
}

export interface LanguageTable {
  readonly lang: string;
  readonly name: string;
  /** A draft may lack lines (they fall back to English and are listed); a shipped language may not. */
  readonly draft: boolean;
  readonly file: string;
  readonly strings: ReadonlyMap<string, { readonly text: string; readonly en: string | null; readonly line: number }>;
}

export interface LanguageReport {
  readonly lang: string;
  /** Keys with no translation yet (English shows). */
  readonly missing: readonly string[];
  /** Keys translated from English that has changed since. */
  readonly stale: readonly string[];
}

function readJsonAt(root: string, file: string): unknown {
  const full = join(root, file);
  if (!existsSync(full)) throw new ContentInvalid(file, ['file is missing']);
  const parsed = parseJsonWithLine(readFileSync(full, 'utf8'));
  if (!parsed.ok) throw new ContentInvalid(file, [`not valid JSON: ${parsed.message}`], parsed.line);
  return parsed.value;
}

/** Splits a speaker off a line the way the game does ("Spike: Evening, love."). */
function speakerOf(text: string, speakers: readonly string[]): { speaker: string | null; text: string } {
  const colon = text.indexOf(':');
  const name = colon > 0 ? text.slice(0, colon).trim() : '';
  return speakers.includes(name) ? { speaker: name, text: text.slice(colon + 1).trim() } : { speaker: null, text };
}

/** Every English string the game has, by key. */
export function englishStrings(root: string): Map<string, Source> {
  const out = new Map<string, Source>();
  const put = (key: string, source: Source): void => {
    const before = out.get(key);
    if (before)
      throw new ContentInvalid(
        source.file,
        [`id "${key}" is used twice (first at ${before.file}${before.line === null ? '' : `:${String(before.line)}`})`],
        source.line,
      );
    out.set(key, source);
  };
  const scene = readJsonAt(root, SCENE) as { speakers?: unknown; props?: unknown };
  const speakers = Array.isArray(scene.speakers) ? scene.speakers.filter((s): s is string => typeof s === 'string') : [];

  const ui = readJsonAt(root, `${LANG_DIR}/en.json`);
  const uiText = readFileSync(join(root, LANG_DIR, 'en.json'), 'utf8');
  if (!isObject(ui) || !isObject(ui.strings))
    throw new ContentInvalid(`${LANG_DIR}/en.json`, ['$.strings: expected an object of key → English text']);
  for (const [key, text] of Object.entries(ui.strings)) {
    const line = lineOfPosition(uiText, uiText.indexOf(`"${key}"`));
    if (typeof text !== 'string' || text === '') throw new ContentInvalid(`${LANG_DIR}/en.json`, [`$.strings.${key}: expected text`], line);
    put(key, { text, file: `${LANG_DIR}/en.json`, line, speaker: null });
  }

  const source = readFileSync(join(root, INK), 'utf8');
  for (const found of inkLines(source, INK)) {
    if (found.id === null)
      throw new ContentInvalid(INK, [`"${found.text}" has no "# id:" tag: run \`npm run lang\` to give every new line its id`], found.line);
    if (!ID_PATTERN.test(found.id))
      throw new ContentInvalid(INK, [`id "${found.id}": ids are lower-case words joined by dots or underscores`], found.line);
    const split = speakerOf(found.text, speakers);
    put(found.id, { text: split.text, file: INK, line: found.line, speaker: split.speaker });
  }

  for (const name of readdirSync(join(root, CUTSCENES))
    .filter((f) => f.endsWith('.cutscene.json'))
    .sort()) {
    const file = `${CUTSCENES}/${name}`;
    const text = readFileSync(join(root, file), 'utf8');
    const steps: { id?: unknown; line?: unknown; card?: unknown }[] = [];
    const collect = (list: unknown): void => {
      if (!Array.isArray(list)) return;
      for (const step of list) {
        if (!isObject(step)) continue;
        steps.push(step);
        collect(step.together);
      }
    };
    collect((readJsonAt(root, file) as { steps?: unknown }).steps);
    for (const step of steps) {
      const words = typeof step.line === 'string' ? step.line : typeof step.card === 'string' ? step.card : null;
      if (words === null) continue;
      const line = lineOfPosition(text, text.indexOf(JSON.stringify(words)));
      if (typeof step.id !== 'string')
        throw new ContentInvalid(file, [`"${words}" has no "id": run \`npm run lang\` to give every new line its id`], line);
      if (!ID_PATTERN.test(step.id))
        throw new ContentInvalid(file, [`id "${step.id}": ids are lower-case words joined by dots or underscores`], line);
      const split = typeof step.line === 'string' ? speakerOf(words, speakers) : { speaker: null, text: words };
      put(step.id, { text: split.text, file, line, speaker: split.speaker });
    }
  }

  const sceneText = readFileSync(join(root, SCENE), 'utf8');
  for (const prop of Array.isArray(scene.props) ? scene.props : []) {
    if (isObject(prop) && typeof prop.id === 'string' && typeof prop.label === 'string') {
      put(`label.${prop.id}`, {
        text: prop.label,
        file: SCENE,
        line: lineOfPosition(sceneText, sceneText.indexOf(`"id": "${prop.id}"`)),
        speaker: null,
      });
    }
  }
  const cues = readJsonAt(root, CUES) as { cues?: unknown };
  const cuesText = readFileSync(join(root, CUES), 'utf8');
  for (const [id, cue] of Object.entries(isObject(cues.cues) ? cues.cues : {})) {
    if (isObject(cue) && typeof cue.caption === 'string' && cue.caption !== '') {
      put(`caption.${id}`, { text: cue.caption, file: CUES, line: lineOfPosition(cuesText, cuesText.indexOf(`"${id}"`)), speaker: null });
    }
  }
  // Each credited asset's title and credit line, keyed by its file's name (build/manifest.ts).
  for (const credit of creditStrings(root)) put(credit.key, { text: credit.text, file: credit.file, line: credit.line, speaker: null });
  return out;
}

/** The translation tables under levels/lang (every file but en.json). */
export function translationFiles(root: string): string[] {
  const dir = join(root, LANG_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'en.json')
    .sort()
    .map((f) => `${LANG_DIR}/${f}`);
}

export function readTable(root: string, file: string): LanguageTable {
  const text = readFileSync(join(root, file), 'utf8');
  const raw = readJsonAt(root, file);
  if (!isObject(raw) || typeof raw.lang !== 'string' || typeof raw.name !== 'string' || !isObject(raw.strings)) {
    throw new ContentInvalid(file, ['expected { "lang": "xx", "name": "…", "strings": { key: { "en": "…", "text": "…" } } }']);
  }
  if (relative(LANG_DIR, file) !== `${raw.lang}.json`) throw new ContentInvalid(file, [`$.lang: "${raw.lang}" should match the file name`]);
  const strings = new Map<string, { text: string; en: string | null; line: number }>();
  for (const [key, entry] of Object.entries(raw.strings)) {
    const line = lineOfPosition(text, text.indexOf(`"${key}"`));
    if (!isObject(entry) || typeof entry.text !== 'string')
      throw new ContentInvalid(file, [`"${key}": expected { "en": "…", "text": "…" }`], line);
    strings.set(key, { text: entry.text, en: typeof entry.en === 'string' ? entry.en : null, line });
  }
  return { lang: raw.lang, name: raw.name, draft: raw.draft === true, file, strings };
}

/** Checks one table against the English. Throws on a fault; returns what is missing or stale. */
export function checkTable(table: LanguageTable, english: ReadonlyMap<string, Source>): LanguageReport {
  const faults: { line: number | null; fault: string }[] = [];
  const missing: string[] = [];
  const stale: string[] = [];
  for (const [key, entry] of table.strings) {
    const source = english.get(key);
    if (!source) {
      faults.push({
        line: entry.line,
        fault: `"${key}" is not a string of the game any more (the line was removed or its id changed): delete it, or move its translation to the new id`,
      });
      continue;
    }
    if (entry.text === '') continue;
    const want = placeholdersOf(source.text);
    const got = placeholdersOf(entry.text);
    if (want.join() !== got.join())
      faults.push({
        line: entry.line,
        fault: `"${key}": the placeholders are {${got.join('}, {')}} but the English has {${want.join('}, {')}}`,
      });
    if (entry.en !== null && entry.en !== source.text) stale.push(key);
  }
  for (const [key, source] of english) {
    const entry = table.strings.get(key);
    if (entry && entry.text !== '') continue;
    missing.push(key);
    if (!table.draft)
      faults.push({
        line: entry?.line ?? null,
        fault: `"${key}" has no translation (English: "${source.text}", ${source.file}${source.line === null ? '' : `:${String(source.line)}`})`,
      });
  }
  const first = faults[0];
  if (first)
    throw new ContentInvalid(
      table.file,
      faults.map((f, i) => (i === 0 || f.line === null ? f.fault : `line ${String(f.line)}: ${f.fault}`)),
      first.line,
    );
  return { lang: table.lang, missing, stale };
}

/** Every string of every language for the game: English from the sources, the rest from the tables (missing ones fall back). */
export function stringTables(root: string): {
  tables: Record<string, Record<string, string>>;
  names: Record<string, string>;
  reports: LanguageReport[];
} {
  const english = englishStrings(root);
  const tables: Record<string, Record<string, string>> = { en: Object.fromEntries([...english].map(([k, s]) => [k, s.text])) };
  const names: Record<string, string> = { en: 'English' };
  const reports: LanguageReport[] = [];
  for (const file of translationFiles(root)) {
    const table = readTable(root, file);
    reports.push(checkTable(table, english));
    tables[table.lang] = Object.fromEntries([...table.strings].filter(([, e]) => e.text !== '').map(([k, e]) => [k, e.text]));
    names[table.lang] = table.name;
  }
  return { tables, names, reports };
}

// npm run lang — keeps the languages in step with the English, in one command:
//   1. gives every ink line and choice without one an `# id:` tag, and every cutscene line and
//      card without one an "id" (ids stay once given, so a translation follows its line);
//   2. adds every new string to each table in levels/lang/ with its English and an empty
//      text (a translator's to-do; the game shows English there meanwhile), and refreshes
//      each entry's "en" note only where the translation is still empty;
//   3. reports, per language, what is missing and what was translated from English that has
//      changed since.
// Options: `--add xx "Name"` starts a new (draft) language; `--prune` deletes entries whose
// string no longer exists (otherwise the build names them).
// Run with tsx (package.json does): it shares the build's own checks in build/*.ts.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN, inkLines } from '../build/inkLines.ts';
import { LANG_DIR, englishStrings, readTable, translationFiles } from '../build/lang.ts';

const ROOT = join(import.meta.dirname, '..');
const INK = 'levels/every-night.ink';
const CUTSCENES = 'levels/cutscenes';
const args = process.argv.slice(2);

/** A few words of a line, as an id's last part: "She picks up the lighter" → she_picks_up_the. */
function slug(text) {
  const words = text
    .replace(/^\s*(Buffy|Spike):/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.slice(0, 4).join('_') || 'line';
}

function unique(base, taken) {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

function tagInk(taken) {
  const file = join(ROOT, INK);
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const found = inkLines(source, INK);
  for (const f of found) if (f.id) taken.add(f.id);
  let added = 0;
  for (const f of found) {
    if (f.id) continue;
    const place = [f.knot, f.stitch].filter(Boolean).join('.') || 'story';
    const id = unique(`${place}.${slug(f.text)}`.toLowerCase(), taken);
    if (!ID_PATTERN.test(id)) throw new Error(`${INK}:${f.line}: could not make an id from "${f.text}"`);
    const text = lines[f.line - 1] ?? '';
    if (f.kind === 'choice') {
      const close = text.lastIndexOf(']');
      lines[f.line - 1] = `${text.slice(0, close).trimEnd()} # id: ${id}${text.slice(close)}`;
    } else {
      // Before a divert on the same line, else at the end (after any other tags).
      const divert = text.indexOf(' ->');
      lines[f.line - 1] = divert >= 0 ? `${text.slice(0, divert)} # id: ${id}${text.slice(divert)}` : `${text.trimEnd()} # id: ${id}`;
    }
    added++;
  }
  if (added > 0) writeFileSync(file, lines.join('\n'));
  return added;
}

function tagCutscenes(taken) {
  let added = 0;
  for (const name of readdirSync(join(ROOT, CUTSCENES))
    .filter((f) => f.endsWith('.cutscene.json'))
    .sort()) {
    const file = join(ROOT, CUTSCENES, name);
    const cutscene = name.replace('.cutscene.json', '');
    let text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/"id":\s*"([^"]+)"/g)) taken.add(m[1]);
    // A step written on one line: `{ "line": "…"` or `{ "card": "…"`, with no "id" on that line.
    text = text
      .split('\n')
      .map((line) => {
        const step = /\{\s*"(line|card)":\s*("(?:[^"\\]|\\.)*")/.exec(line);
        if (!step || /"id":/.test(line)) return line;
        const words = JSON.parse(step[2]);
        const id = unique(`${cutscene}.${step[1] === 'card' ? 'card_' : ''}${slug(words)}`, taken);
        added++;
        return line.replace(step[0], `{ "id": "${id}", "${step[1]}": ${step[2]}`);
      })
      .join('\n');
    writeFileSync(file, text);
  }
  return added;
}

function writeTable(path, table, entries) {
  const rows = entries.map(
    ([key, e]) => `    ${JSON.stringify(key)}: { "en": ${JSON.stringify(e.en)}, "text": ${JSON.stringify(e.text)} }`,
  );
  const head = [
    `  "lang": ${JSON.stringify(table.lang)},`,
    `  "name": ${JSON.stringify(table.name)},`,
    ...(table.draft ? ['  "draft": true,'] : []),
  ];
  writeFileSync(path, `{\n${head.join('\n')}\n  "strings": {\n${rows.join(',\n')}\n  }\n}\n`);
}

function syncTables(english) {
  const add = args.indexOf('--add');
  if (add >= 0) {
    const lang = args[add + 1];
    const name = args[add + 2];
    if (!lang || !name || !/^[a-z]{2,3}(-[a-z0-9]+)?$/i.test(lang)) throw new Error('usage: npm run lang -- --add xx "Name"');
    const path = join(ROOT, LANG_DIR, `${lang}.json`);
    if (existsSync(path)) throw new Error(`${LANG_DIR}/${lang}.json exists already`);
    writeTable(path, { lang, name, draft: true }, []);
    console.log(`started ${LANG_DIR}/${lang}.json (a draft: English shows wherever it has no text yet)`);
  }
  for (const file of translationFiles(ROOT)) {
    const table = readTable(ROOT, file);
    const rows = [];
    const missing = [];
    const stale = [];
    const orphans = [];
    for (const [key, source] of english) {
      const had = table.strings.get(key);
      if (!had || had.text === '') {
        rows.push([key, { en: source.text, text: '' }]);
        missing.push(key);
      } else {
        rows.push([key, { en: had.en ?? source.text, text: had.text }]);
        if (had.en !== null && had.en !== source.text) stale.push(key);
      }
    }
    for (const [key, entry] of table.strings) {
      if (english.has(key)) continue;
      orphans.push(key);
      if (!args.includes('--prune')) rows.push([key, { en: entry.en ?? '', text: entry.text }]);
    }
    writeTable(join(ROOT, file), table, rows);
    console.log(
      `${file}: ${english.size - missing.length}/${english.size} translated` +
        (missing.length ? `, ${missing.length} missing` : '') +
        (stale.length ? `, ${stale.length} from older English: ${stale.join(', ')}` : '') +
        (orphans.length
          ? `, ${orphans.length} no longer in the game${args.includes('--prune') ? ' (deleted)' : ' (run with --prune to delete)'}: ${orphans.join(', ')}`
          : ''),
    );
  }
}

const taken = new Set();
const inInk = tagInk(taken);
const inCutscenes = tagCutscenes(taken);
console.log(`ids: ${inInk} new in ${INK}, ${inCutscenes} new in ${CUTSCENES}/`);
syncTables(englishStrings(ROOT));

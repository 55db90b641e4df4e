// Build-time: gathers every asset manifest into one list for the credits screen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { creditFaults, creditKeys } from '../src/content/assetCredits';
import { ContentInvalid, lineOfPosition } from '../src/content/read';

export interface CreditEntry {
  readonly file: string;
  readonly title: string;
  /** The short line the credits show (translated under `asset.<stem>.credit`); `origin` is the full record. */
  readonly credit: string;
  readonly origin: string;
  readonly licence: string;
  readonly author: string;
}

export const MANIFESTS = ['assets/art/art.manifest.json', 'assets/audio/audio.manifest.json', 'assets/fonts.manifest.json'];

/** A manifest entry and where it is written. */
interface Located {
  readonly entry: CreditEntry;
  readonly file: string;
  readonly line: number | null;
}

function readCredits(root: string): Located[] {
  const entries: Located[] = [];
  for (const relative of MANIFESTS) {
    const file = join(root, relative);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const raw = JSON.parse(text) as unknown;
    if (!Array.isArray(raw)) throw new ContentInvalid(relative, ['a manifest is an array of entries']);
    raw.forEach((entry: unknown, i) => {
      const e = entry as Partial<Record<keyof CreditEntry, unknown>>;
      const line = typeof e.file === 'string' ? lineOfPosition(text, text.indexOf(`"file": ${JSON.stringify(e.file)}`)) : null;
      for (const key of ['file', 'title', 'credit', 'origin', 'licence', 'author'] as const) {
        if (typeof e[key] !== 'string' || e[key] === '') throw new ContentInvalid(relative, [`[${String(i)}].${key}: expected text`], line);
      }
      const checked = e as CreditEntry;
      const faults = creditFaults(checked);
      if (faults.length > 0)
        throw new ContentInvalid(
          relative,
          faults.map((f) => `[${String(i)}] ${checked.file}: ${f}`),
          line,
        );
      entries.push({ entry: checked, file: relative, line });
    });
  }
  return entries;
}

export function loadCredits(root: string): CreditEntry[] {
  return readCredits(root).map((found) => found.entry);
}

/**
 * The English of every asset credit a player reads, by string key: each credited name's title
 * and credit line (`asset.<stem>.title`, `asset.<stem>.credit`), where the manifest writes
 * them. Files that share a name share a credit, so their words must agree.
 */
export function creditStrings(root: string): { key: string; text: string; file: string; line: number | null }[] {
  const out = new Map<string, { key: string; text: string; file: string; line: number | null; from: string }>();
  const first = new Map<string, CreditEntry>();
  for (const { entry, file, line } of readCredits(root)) {
    const keys = creditKeys(entry.file);
    // The credits fold them into one line, so one licence and one author must hold for all.
    const lead = first.get(keys.title) ?? entry;
    first.set(keys.title, lead);
    for (const field of ['licence', 'author'] as const) {
      if (lead[field] !== entry[field])
        throw new ContentInvalid(
          file,
          [
            `${entry.file}: its ${field} "${entry[field]}" differs from ${lead.file}'s "${lead[field]}"; files credited under one name share it`,
          ],
          line,
        );
    }
    for (const [key, text] of [
      [keys.title, entry.title],
      [keys.credit, entry.credit],
    ] as const) {
      const before = out.get(key);
      if (!before) out.set(key, { key, text, file, line, from: entry.file });
      else if (before.text !== text) {
        throw new ContentInvalid(
          file,
          [
            `${entry.file}: "${text}" differs from "${before.text}" (${before.from}); files credited under one name ("${key}") share their title and credit`,
          ],
          line,
        );
      }
    }
  }
  return [...out.values()].map(({ key, text, file, line }) => ({ key, text, file, line }));
}

/**
 * Textures are baked larger than they are drawn (so camera close-ups stay sharp); the art
 * manifest says by how much. Texture name → the scale to draw it at.
 */
export function loadTextureScales(root: string): Record<string, number> {
  const file = join(root, 'assets/art/art.manifest.json');
  if (!existsSync(file)) return {};
  const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const scales: Record<string, number> = {};
  if (!Array.isArray(raw)) return scales;
  for (const entry of raw as { file?: unknown; scale?: unknown }[]) {
    if (typeof entry.file !== 'string' || !entry.file.endsWith('.png') || entry.file.endsWith('_n.png')) continue;
    if (entry.scale === undefined) continue;
    if (typeof entry.scale !== 'number' || !(entry.scale > 0)) {
      throw new ContentInvalid('assets/art/art.manifest.json', [`${entry.file}: scale must be a positive number`]);
    }
    scales[entry.file.slice(0, -4)] = entry.scale;
  }
  return scales;
}

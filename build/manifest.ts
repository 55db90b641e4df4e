// Build-time: gathers every asset manifest into one list for the credits screen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './ink';

export interface CreditEntry {
  readonly file: string;
  readonly title: string;
  readonly origin: string;
  readonly licence: string;
  readonly author: string;
}

export const MANIFESTS = ['assets/art/art.manifest.json', 'assets/audio/audio.manifest.json', 'assets/fonts.manifest.json'];

export function loadCredits(root: string): CreditEntry[] {
  const entries: CreditEntry[] = [];
  for (const relative of MANIFESTS) {
    const file = join(root, relative);
    if (!existsSync(file)) continue;
    const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(raw)) throw new ContentError(relative, null, 'a manifest is an array of entries');
    raw.forEach((entry: unknown, i) => {
      const e = entry as Partial<Record<keyof CreditEntry, unknown>>;
      for (const key of ['file', 'title', 'origin', 'licence', 'author'] as const) {
        if (typeof e[key] !== 'string' || e[key] === '') throw new ContentError(relative, null, `[${i}].${key}: expected text`);
      }
      entries.push(e as CreditEntry);
    });
  }
  return entries;
}

// Build-time: gathers every asset manifest into one list for the credits screen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentInvalid } from '../src/content/read';

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
    if (!Array.isArray(raw)) throw new ContentInvalid(relative, ['a manifest is an array of entries']);
    raw.forEach((entry: unknown, i) => {
      const e = entry as Partial<Record<keyof CreditEntry, unknown>>;
      for (const key of ['file', 'title', 'origin', 'licence', 'author'] as const) {
        if (typeof e[key] !== 'string' || e[key] === '') throw new ContentInvalid(relative, [`[${i}].${key}: expected text`]);
      }
      entries.push(e as CreditEntry);
    });
  }
  return entries;
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

// Build-time: packs the baked sprites of assets/art/ into one atlas and one matching normal
// map. Fifty small PNGs cost the title fifty requests (on HTTP/1.1 about a third of a second,
// more on a real network); two large ones cost two. The room's backdrop stays a file of its
// own: it is as big as an atlas by itself.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { layoutAtlas, phaserFrames, type AtlasLayout } from './atlasLayout';
import { ContentInvalid } from '../src/content/read';

/** Sources for other bakes, never drawn themselves (the grain goes into the film, build/film.ts). */
const BAKE_ONLY = new Set(['grain']);
const SINGLE_AREA = 512 * 512;
/** A normal pointing straight out of the screen: light falls on an unmapped sprite evenly. */
const FLAT_NORMAL = [128, 128, 255, 255] as const;

export interface PackedAtlas {
  readonly image: Buffer;
  readonly normal: Buffer;
  readonly frames: ReturnType<typeof phaserFrames>;
  readonly layout: AtlasLayout;
  /** Textures that stay single files, with their normal map's file when there is one. */
  readonly singles: readonly { readonly name: string; readonly image: string; readonly normal: string | null }[];
  readonly files: readonly string[];
}

function readPng(dir: string, file: string): PNG {
  try {
    return PNG.sync.read(readFileSync(join(dir, file)));
  } catch (error) {
    throw new ContentInvalid(`assets/art/${file}`, [`not a readable PNG (${error instanceof Error ? error.message : String(error)})`]);
  }
}

function blit(from: PNG, to: PNG, x: number, y: number): void {
  PNG.bitblt(from, to, 0, 0, from.width, from.height, x, y);
}

function fill(to: PNG, x: number, y: number, w: number, h: number, rgba: readonly number[]): void {
  for (let row = y; row < y + h; row++) {
    for (let col = x; col < x + w; col++) {
      const i = (row * to.width + col) * 4;
      for (let c = 0; c < 4; c++) to.data[i + c] = rgba[c] ?? 0;
    }
  }
}

/**
 * Packs the small sprites of `artDir` that `include` accepts (all of them by default): the title's
 * sheet and the one loaded after it are packed separately from the same files.
 */
export function packAtlas(artDir: string, include: (name: string) => boolean = () => true): PackedAtlas {
  const names = readdirSync(artDir)
    .filter((f) => f.endsWith('.png') && !f.endsWith('_n.png'))
    .map((f) => f.slice(0, -4))
    .sort();
  const packed: { name: string; png: PNG; normal: PNG | null }[] = [];
  const singles: { name: string; image: string; normal: string | null }[] = [];
  const files: string[] = [];
  for (const name of names) {
    const normalFile = existsSync(join(artDir, `${name}_n.png`)) ? `${name}_n.png` : null;
    if (BAKE_ONLY.has(name)) continue;
    const png = readPng(artDir, `${name}.png`);
    if (png.width * png.height > SINGLE_AREA) {
      singles.push({ name, image: join(artDir, `${name}.png`), normal: normalFile ? join(artDir, normalFile) : null });
      continue;
    }
    if (!include(name)) continue;
    const normal = normalFile ? readPng(artDir, normalFile) : null;
    if (normal && (normal.width !== png.width || normal.height !== png.height)) {
      throw new ContentInvalid(`assets/art/${normalFile ?? ''}`, [
        `normal map is ${normal.width}×${normal.height}, its texture ${png.width}×${png.height}`,
      ]);
    }
    packed.push({ name, png, normal });
    files.push(join(artDir, `${name}.png`), ...(normalFile ? [join(artDir, normalFile)] : []));
  }
  const layout = layoutAtlas(packed.map((p) => ({ name: p.name, w: p.png.width, h: p.png.height })));
  const image = new PNG({ width: layout.width, height: layout.height });
  const normal = new PNG({ width: layout.width, height: layout.height });
  image.data.fill(0);
  fill(normal, 0, 0, layout.width, layout.height, FLAT_NORMAL);
  const byName = new Map(packed.map((p) => [p.name, p]));
  for (const place of layout.sprites) {
    const sprite = byName.get(place.name);
    if (!sprite) continue;
    blit(sprite.png, image, place.x, place.y);
    if (sprite.normal) blit(sprite.normal, normal, place.x, place.y);
  }
  const encode = (png: PNG): Buffer => PNG.sync.write(png, { deflateLevel: 9 });
  return { image: encode(image), normal: encode(normal), frames: phaserFrames(layout), layout, singles, files };
}

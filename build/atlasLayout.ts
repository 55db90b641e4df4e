// Where each sprite sits in the packed atlas. Pure arithmetic, so it is unit-tested without
// any image: shelves, tallest first, a gap between sprites so linear filtering never samples
// a neighbour.

export interface SpriteSize {
  readonly name: string;
  readonly w: number;
  readonly h: number;
}

export interface Placed extends SpriteSize {
  readonly x: number;
  readonly y: number;
}

export interface AtlasLayout {
  readonly width: number;
  readonly height: number;
  readonly sprites: readonly Placed[];
}

export const ATLAS_GAP = 4;

/** Packs `sizes` into shelves at most `maxWidth` wide. Deterministic: the same input gives the same atlas. */
export function layoutAtlas(sizes: readonly SpriteSize[], maxWidth = 2048, gap = ATLAS_GAP): AtlasLayout {
  const names = new Set<string>();
  for (const s of sizes) {
    if (names.has(s.name)) throw new Error(`atlas: "${s.name}" is listed twice`);
    names.add(s.name);
    if (!(s.w > 0 && s.h > 0)) throw new Error(`atlas: "${s.name}" has no area (${s.w}×${s.h})`);
    if (s.w + 2 * gap > maxWidth) throw new Error(`atlas: "${s.name}" is ${s.w}px wide; the atlas is at most ${maxWidth}px`);
  }
  const order = [...sizes].sort((a, b) => b.h - a.h || b.w - a.w || a.name.localeCompare(b.name));
  const sprites: Placed[] = [];
  let x = gap;
  let y = gap;
  let shelf = 0;
  let width = 0;
  for (const s of order) {
    if (x + s.w + gap > maxWidth) {
      y += shelf + gap;
      x = gap;
      shelf = 0;
    }
    sprites.push({ ...s, x, y });
    x += s.w + gap;
    shelf = Math.max(shelf, s.h);
    width = Math.max(width, x);
  }
  const height = y + shelf + gap;
  // Multiples of 4 keep every row of the upload aligned.
  const round4 = (n: number): number => Math.ceil(n / 4) * 4;
  return { width: round4(width), height: round4(height), sprites };
}

/** Phaser's JSON-hash atlas format, untrimmed. */
export function phaserFrames(layout: AtlasLayout): { frames: Record<string, unknown>; meta: Record<string, unknown> } {
  const frames: Record<string, unknown> = {};
  for (const s of layout.sprites) {
    frames[s.name] = {
      frame: { x: s.x, y: s.y, w: s.w, h: s.h },
      rotated: false,
      trimmed: false,
      spriteSourceSize: { x: 0, y: 0, w: s.w, h: s.h },
      sourceSize: { w: s.w, h: s.h },
    };
  }
  return { frames, meta: { app: 'every-night build/atlas.ts', size: { w: layout.width, h: layout.height }, scale: '1' } };
}

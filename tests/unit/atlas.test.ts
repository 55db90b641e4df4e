import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { packAtlas } from '../../build/atlas';
import { bakeFilm } from '../../build/film';
import { FILM } from '../../src/game/film/film';
import { ATLAS_GAP, layoutAtlas, type Placed } from '../../build/atlasLayout';

const ART = join(import.meta.dirname, '../../assets/art');

const overlaps = (a: Placed, b: Placed, gap: number): boolean =>
  a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;

describe('the atlas layout', () => {
  const sizes = [
    { name: 'tall', w: 30, h: 200 },
    { name: 'wide', w: 900, h: 40 },
    { name: 'square', w: 120, h: 120 },
    { name: 'dot', w: 8, h: 8 },
    { name: 'wider', w: 700, h: 60 },
  ];

  it('places every sprite inside the sheet with a gap from every other', () => {
    const layout = layoutAtlas(sizes, 1024);
    expect(layout.sprites).toHaveLength(sizes.length);
    for (const s of layout.sprites) {
      expect(s.x).toBeGreaterThanOrEqual(ATLAS_GAP);
      expect(s.y).toBeGreaterThanOrEqual(ATLAS_GAP);
      expect(s.x + s.w).toBeLessThanOrEqual(layout.width);
      expect(s.y + s.h).toBeLessThanOrEqual(layout.height);
      for (const other of layout.sprites) if (other !== s) expect(overlaps(s, other, ATLAS_GAP)).toBe(false);
    }
    expect(layout.width % 4).toBe(0);
    expect(layout.height % 4).toBe(0);
  });

  it('gives the same sheet for the same sprites in any order', () => {
    expect(layoutAtlas([...sizes].reverse(), 1024)).toEqual(layoutAtlas(sizes, 1024));
  });

  it('refuses a sprite wider than the sheet, a sprite without area and a name listed twice', () => {
    expect(() => layoutAtlas([{ name: 'huge', w: 4000, h: 10 }], 2048)).toThrow(/"huge" is 4000px wide/);
    expect(() => layoutAtlas([{ name: 'flat', w: 10, h: 0 }])).toThrow(/"flat" has no area/);
    const tall = { name: 'tall', w: 30, h: 200 };
    expect(() => layoutAtlas([tall, tall])).toThrow(/"tall" is listed twice/);
  });
});

describe('the atlas packed from assets/art', () => {
  const atlas = packAtlas(ART);
  const image = PNG.sync.read(atlas.image);
  const normal = PNG.sync.read(atlas.normal);
  const pixel = (png: PNG, x: number, y: number): number[] => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4)];

  it('keeps the backdrop as a file of its own, leaves out the grain (baked into the film) and packs everything else', () => {
    expect(atlas.singles.map((s) => s.name)).toEqual(['crypt_back']);
    expect(Object.keys(atlas.frames.frames)).not.toContain('grain');
    expect(Object.keys(atlas.frames.frames)).toContain('buffy_seated');
    expect(Object.keys(atlas.frames.frames)).toContain('flame');
    expect(image.width).toBeLessThanOrEqual(2048);
    expect(image.height).toBeLessThanOrEqual(2048);
  });

  it('copies each sprite and its normal map pixel for pixel', () => {
    for (const place of atlas.layout.sprites) {
      const source = PNG.sync.read(readFileSync(join(ART, `${place.name}.png`)));
      const normalFile = join(ART, `${place.name}_n.png`);
      const normalSource = existsSync(normalFile) ? PNG.sync.read(readFileSync(normalFile)) : null;
      // A diagonal of samples through the sprite is enough to catch a misplaced or flipped copy.
      for (let i = 0; i < 16; i++) {
        const x = Math.floor(((i + 0.5) / 16) * place.w);
        const y = Math.floor(((i + 0.5) / 16) * place.h);
        expect(pixel(image, place.x + x, place.y + y), `${place.name} at ${x},${y}`).toEqual(pixel(source, x, y));
        const expected = normalSource ? pixel(normalSource, x, y) : [128, 128, 255, 255];
        expect(pixel(normal, place.x + x, place.y + y), `${place.name}_n at ${x},${y}`).toEqual(expected);
      }
    }
  });

  it('leaves the gaps between sprites empty', () => {
    const first = atlas.layout.sprites[0];
    expect(first).toBeDefined();
    if (first) expect(pixel(image, first.x + first.w + 1, first.y)).toEqual([0, 0, 0, 0]);
    expect(pixel(image, 0, 0)).toEqual([0, 0, 0, 0]);
  });
});

describe('the film baked over the frame', () => {
  const film = PNG.sync.read(bakeFilm(ART));
  const alphaAt = (u: number, v: number): number =>
    film.data[(Math.floor(v * film.height) * film.width + Math.floor(u * film.width)) * 4 + 3] ?? -1;

  it('covers the frame and a margin for the grain to jump in, at half resolution', () => {
    expect(film.width).toBe((FILM.width + 2 * FILM.margin) / FILM.texel);
    expect(film.height).toBe((FILM.height + 2 * FILM.margin) / FILM.texel);
  });

  it('is black, nearly clear at the centre and dark in the corners', () => {
    expect(alphaAt(0.5, 0.5)).toBeLessThanOrEqual(Math.ceil(255 * FILM.grain));
    expect(alphaAt(0.01, 0.01)).toBeGreaterThan(240);
    expect(film.data[0]).toBe(0);
  });

  it('carries grain: neighbouring texels at the centre differ', () => {
    const row = Array.from({ length: 40 }, (_, i) => alphaAt(0.45 + i / film.width, 0.5));
    expect(new Set(row).size).toBeGreaterThan(3);
  });
});

// The textures ship as AVIF or WebP converted from their PNGs at build time (build/textureCodec.ts).
// These specs measure what ships: every sheet the build makes, decoded again and compared with
// its PNG — albedo above the PSNR floor with its fine detail kept, normal maps lighting their
// sprites within a few levels of the PNG's — and the measures themselves on images made here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { bakeFilm } from '../../build/film';
import { encodeCached } from '../../build/textureCache';
import {
  ALBEDO_DETAIL_TOLERANCE,
  ALBEDO_MIN_PSNR_DB,
  NORMAL_MAX_LIT_ERROR,
  albedoPsnr,
  decodeRaw,
  detail,
  litError,
  type RawImage,
} from '../../build/textureCodec';
import { packSheets } from '../../build/titleSet';
import { ROOT } from './helpers';

const ART = join(ROOT, 'assets/art');
const CACHE = join(ROOT, 'node_modules/.cache/every-night-textures');

function solid(width: number, height: number, rgba: readonly number[]): RawImage {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < data.length; i++) data[i] = rgba[i % 4] ?? 0;
  return { width, height, data };
}

describe('the texture measures', () => {
  it('find no error between an image and itself', () => {
    const image = solid(8, 8, [200, 100, 50, 255]);
    expect(albedoPsnr(image, image)).toBe(Infinity);
    expect(litError(solid(8, 8, [128, 128, 255, 255]), solid(8, 8, [128, 128, 255, 255]), image)).toEqual({ p99: 0, max: 0, mean: 0 });
  });

  it('weigh colour by alpha: a colour change where nothing shows costs nothing', () => {
    const clear = solid(4, 4, [0, 0, 0, 0]);
    expect(albedoPsnr(clear, solid(4, 4, [255, 255, 255, 0]))).toBe(Infinity);
  });

  it('light a tilted normal differently from a flat one, by the levels Lambert says', () => {
    const white = solid(2, 2, [255, 255, 255, 255]);
    // (218, 128, 218) is about 45° towards +x.
    const error = litError(solid(2, 2, [128, 128, 255, 255]), solid(2, 2, [218, 128, 218, 255]), white);
    expect(error.max).toBeGreaterThan(60);
    // Lit by nothing (alpha 0), a wrong normal does not show.
    expect(litError(solid(2, 2, [128, 128, 255, 255]), solid(2, 2, [218, 128, 218, 255]), solid(2, 2, [255, 255, 255, 0])).max).toBe(0);
  });

  it('see grain smoothed away as lost detail', () => {
    const grain = solid(16, 16, [0, 0, 0, 0]);
    for (let i = 3; i < grain.data.length; i += 8) grain.data[i] = 40;
    expect(detail(grain)).toBeGreaterThan(10);
    expect(detail(solid(16, 16, [0, 0, 0, 20]))).toBe(0);
  });
});

describe('every texture as shipped', () => {
  const { title, late } = packSheets(ROOT);
  if (!late) throw new Error('nothing is packed into the late sheet');
  const backdrop = readFileSync(join(ART, 'crypt_back.png'));
  const albedo: [string, Buffer][] = [
    ['sprites', title.image],
    ['sprites_late', late.image],
    ['crypt_back', backdrop],
    ['film', bakeFilm(ART)],
  ];
  const normals: [string, Buffer, Buffer][] = [
    ['sprites_n', title.normal, title.image],
    ['sprites_late_n', late.normal, late.image],
    ['crypt_back_n', readFileSync(join(ART, 'crypt_back_n.png')), backdrop],
  ];

  it.each(albedo)(
    `%s: keeps albedo above ${ALBEDO_MIN_PSNR_DB} dB with its detail, in a fraction of the PNG's bytes`,
    async (_name, png) => {
      const shipped = await encodeCached(CACHE, png, 'albedo');
      expect(['avif', 'webp']).toContain(shipped.format);
      expect(shipped.bytes.length).toBeLessThan(png.length * 0.6);
      // Measured again here from the bytes that ship, not taken from the encoder's own report.
      const reference = await decodeRaw(png);
      const decoded = await decodeRaw(shipped.bytes);
      expect(albedoPsnr(reference, decoded)).toBeGreaterThanOrEqual(ALBEDO_MIN_PSNR_DB);
      expect(Math.abs(detail(decoded) / detail(reference) - 1)).toBeLessThanOrEqual(ALBEDO_DETAIL_TOLERANCE);
    },
    180_000,
  );

  it.each(normals)(
    `%s: lights its sprites within ${NORMAL_MAX_LIT_ERROR.p99} levels (99th percentile) and ${NORMAL_MAX_LIT_ERROR.max} at worst`,
    async (_name, png, image) => {
      const shipped = await encodeCached(CACHE, png, 'normal', image);
      expect(['avif', 'webp']).toContain(shipped.format);
      expect(shipped.bytes.length).toBeLessThan(png.length * 0.6);
      const error = litError(await decodeRaw(png), await decodeRaw(shipped.bytes), await decodeRaw(image));
      expect(error.p99).toBeLessThanOrEqual(NORMAL_MAX_LIT_ERROR.p99);
      expect(error.max).toBeLessThanOrEqual(NORMAL_MAX_LIT_ERROR.max);
    },
    180_000,
  );

  it('decodes where it ships: the encoded bytes are AVIF or WebP as named', async () => {
    const shipped = await encodeCached(CACHE, backdrop, 'albedo');
    expect((await sharp(shipped.bytes).metadata()).format).toBe(shipped.format === 'avif' ? 'heif' : 'webp');
  }, 180_000);
});

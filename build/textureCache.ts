// Build-time: encoded textures kept between builds, keyed by their source bytes and the
// candidate list, so a rebuild with unchanged art skips the encoders (several seconds each).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANDIDATES, encodeTexture, type Encoded, type TextureKind } from './textureCodec';

/** Bump when the measuring or the encoders change in a way the key does not see. */
const VERSION = 2;

export async function encodeCached(cacheDir: string, png: Buffer, kind: TextureKind, albedo?: Buffer): Promise<Encoded> {
  const hash = createHash('sha256');
  hash.update(`v${VERSION}:${kind}:${CANDIDATES[kind].map((c) => c.label).join('|')}`);
  hash.update(png);
  if (albedo) hash.update(albedo);
  const key = hash.digest('hex').slice(0, 24);
  const bin = join(cacheDir, `${key}.bin`);
  const meta = join(cacheDir, `${key}.json`);
  if (existsSync(bin) && existsSync(meta)) {
    const info = JSON.parse(readFileSync(meta, 'utf8')) as Omit<Encoded, 'bytes'>;
    // JSON keeps a lossless PSNR (Infinity) as null.
    const stored = info.measured as Encoded['measured'] | { psnr: number | null; detail: number };
    const measured = 'psnr' in stored ? { ...stored, psnr: stored.psnr ?? Infinity } : stored;
    return { ...info, measured, bytes: readFileSync(bin) };
  }
  const encoded = await encodeTexture(png, kind, albedo);
  mkdirSync(cacheDir, { recursive: true });
  const { bytes, ...info } = encoded;
  writeFileSync(bin, bytes);
  writeFileSync(meta, JSON.stringify(info));
  return encoded;
}

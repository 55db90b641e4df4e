// Fetches and decodes the textures while Phaser is still booting. Started the moment the page's
// script runs, the download and the decoding (off the main thread, as ImageBitmaps already
// premultiplied the way Phaser uploads them) overlap Phaser's own start-up instead of following
// it; Phaser then only copies them to the GPU. An <img> would be decoded and premultiplied on the
// main thread at upload, which cost the title more than the download.
import type { TextureFile } from './assetUrls';

export interface DecodedTexture {
  readonly key: string;
  readonly image: ImageBitmap;
  readonly normal: ImageBitmap | null;
  readonly frames: object | null;
}

/** A file that could not be fetched or decoded; `file` is its URL as the page asked for it. */
export class TextureLoadError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`could not load ${file}: ${reason}`);
    this.name = 'TextureLoadError';
  }
}

/** The sheets ship as AVIF or WebP (build/textureCodec.ts); the type follows the file's name. */
function imageType(url: string): string {
  const path = new URL(url, document.baseURI).pathname;
  if (path.endsWith('.avif')) return 'image/avif';
  if (path.endsWith('.webp')) return 'image/webp';
  return 'image/png';
}

async function fetchBytes(url: string, onBytes: (received: number, total: number) => void): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new TextureLoadError(url, error instanceof Error ? error.message : 'network error');
  }
  if (!response.ok || !response.body) throw new TextureLoadError(url, `HTTP ${response.status}`);
  const total = Number(response.headers.get('Content-Length') ?? 0);
  const reader = response.body.getReader();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onBytes(received, total);
  }
  return new Blob(chunks, { type: imageType(url) });
}

async function decode(url: string, blob: Blob): Promise<ImageBitmap> {
  try {
    // Upside down, as Phaser stores every image it uploads (WebGL's own flip ignores bitmaps).
    return await createImageBitmap(blob, { premultiplyAlpha: 'premultiply', imageOrientation: 'flipY' });
  } catch {
    throw new TextureLoadError(url, 'not a readable image');
  }
}

/** A sheet the page's early script (build/earlySheets.ts) already has on its way. */
interface EarlySheet {
  readonly received: number;
  readonly total: number;
  readonly bitmap: Promise<ImageBitmap>;
}

declare global {
  interface Window {
    everyNightSheets?: Readonly<Record<string, EarlySheet>>;
  }
}

/** The early script's sheet for `url`, following its progress until it is in. */
async function fromEarly(url: string, sheet: EarlySheet, onBytes: (received: number, total: number) => void): Promise<ImageBitmap> {
  let done = false;
  const follow = (): void => {
    onBytes(sheet.received, sheet.total);
    if (!done) requestAnimationFrame(follow);
  };
  follow();
  try {
    return await sheet.bitmap;
  } catch (error) {
    throw new TextureLoadError(url, error instanceof Error ? error.message : 'not a readable image');
  } finally {
    done = true;
    onBytes(sheet.total, sheet.total);
  }
}

/**
 * Loads every file, reporting progress by bytes (0..1). Rejects with the first file that fails;
 * the others are left to finish on their own.
 */
export function loadTextures(files: readonly TextureFile[], onProgress: (fraction: number) => void): Promise<DecodedTexture[]> {
  const urls = files.flatMap((f) => (f.normal ? [f.image, f.normal] : [f.image]));
  const progress = new Map<string, { received: number; total: number }>(urls.map((u) => [u, { received: 0, total: 0 }]));
  const report = (url: string, received: number, total: number): void => {
    progress.set(url, { received, total: Math.max(total, received) });
    const all = [...progress.values()];
    // Until every file has told its size, count each unknown one as one share.
    const known = all.every((p) => p.total > 0);
    const fraction = known
      ? all.reduce((s, p) => s + p.received, 0) / all.reduce((s, p) => s + p.total, 0)
      : all.reduce((s, p) => s + (p.total > 0 ? p.received / p.total : 0), 0) / all.length;
    onProgress(Math.min(1, fraction));
  };
  const one = async (url: string): Promise<ImageBitmap> => {
    const early = window.everyNightSheets?.[new URL(url, document.baseURI).href];
    if (early) return fromEarly(url, early, (r, t) => report(url, r, t));
    return decode(url, await fetchBytes(url, (r, t) => report(url, r, t)));
  };
  return Promise.all(
    files.map(async (file): Promise<DecodedTexture> => {
      const [image, normal] = await Promise.all([one(file.image), file.normal ? one(file.normal) : Promise.resolve(null)]);
      return { key: file.key, image, normal, frames: file.frames };
    }),
  );
}

// Build-time: every texture the game ships is converted here from its PNG source (the packed
// atlas, the backdrop, the film) into WebP or AVIF, the encoding chosen by measurement. Each
// kind of texture has a list of candidate encodings; each candidate is encoded, decoded again
// and compared with the PNG, and the smallest one that stays within the kind's limit ships.
// PNGs stay the bake sources (assets/art): art baked later flows through unchanged.
//
// Measured on the art as of this change (bench/results, 2026-12): the backdrop's albedo is
// 967 KB as PNG, 38 KB as AVIF q65 (42.7 dB); its normal map 1,242 KB as PNG, 305 KB as AVIF
// q92 4:4:4 (lit error p99 2.0, max 7.3 levels at full light); the sprite atlas's normal map
// 544 KB as PNG, 239 KB as WebP near-lossless 60 (p99 3.1, max 6.0) — lossy WebP is always
// 4:2:0 and smears normals across sprite edges (p99 55 levels), so it is not a candidate for them.
import sharp, { type Sharp } from 'sharp';

/** Albedo (colour and alpha) must stay above this PSNR against its PNG… */
export const ALBEDO_MIN_PSNR_DB = 40;
/**
 * …and keep its fine detail: PSNR alone passed an AVIF of the film that had smoothed away 70 %
 * of its grain (the grain is faint, so its loss costs little squared error). The detail is the
 * RMS difference between neighbouring pixels; the encoding's must be within this share of the
 * PNG's, neither smoothed away nor roughened by ringing.
 */
export const ALBEDO_DETAIL_TOLERANCE = 0.1;
/**
 * A normal map must light the way its PNG does: lit by white light at full strength from
 * several directions, its albedo's pixels may differ from the PNG's lighting by at most this
 * many levels (of 255) at the 99th percentile, and this many at worst.
 */
export const NORMAL_MAX_LIT_ERROR = { p99: 4, max: 8 } as const;

export type TextureKind = 'albedo' | 'normal';
export type Format = 'webp' | 'avif';

export interface Candidate {
  readonly format: Format;
  readonly label: string;
  readonly encode: (input: Sharp) => Sharp;
}

const avif = (quality: number, chroma: '4:2:0' | '4:4:4'): Candidate => ({
  format: 'avif',
  label: `avif q${quality} ${chroma}`,
  encode: (s) => s.avif({ quality, chromaSubsampling: chroma, effort: 4 }),
});
const webp = (quality: number): Candidate => ({
  format: 'webp',
  label: `webp q${quality}`,
  encode: (s) => s.webp({ quality, alphaQuality: 100, effort: 6 }),
});
const nearLossless = (quality: number): Candidate => ({
  format: 'webp',
  label: `webp near-lossless ${quality}`,
  encode: (s) => s.webp({ nearLossless: true, quality, effort: 6 }),
});
const lossless: Candidate = { format: 'webp', label: 'webp lossless', encode: (s) => s.webp({ lossless: true, effort: 6 }) };

/** What is tried for each kind. Lossless WebP always passes, so something always ships. */
export const CANDIDATES: Readonly<Record<TextureKind, readonly Candidate[]>> = {
  albedo: [avif(55, '4:2:0'), avif(65, '4:2:0'), webp(82), webp(90), avif(80, '4:4:4'), lossless],
  normal: [avif(85, '4:4:4'), avif(92, '4:4:4'), nearLossless(60), nearLossless(80), lossless],
};

export interface RawImage {
  readonly width: number;
  readonly height: number;
  /** RGBA, 8 bits a channel. */
  readonly data: Uint8Array;
}

export async function decodeRaw(bytes: Buffer): Promise<RawImage> {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data };
}

/** PSNR (dB) of colour weighted by alpha (what shows) and of alpha itself. */
export function albedoPsnr(reference: RawImage, candidate: RawImage): number {
  const a = reference.data;
  const b = candidate.data;
  let squared = 0;
  let samples = 0;
  for (let i = 0; i < a.length; i += 4) {
    const weight = (a[i + 3] ?? 0) / 255;
    for (let c = 0; c < 3; c++) {
      const d = ((a[i + c] ?? 0) - (b[i + c] ?? 0)) * weight;
      squared += d * d;
    }
    const da = (a[i + 3] ?? 0) - (b[i + 3] ?? 0);
    squared += da * da;
    samples += 4;
  }
  if (squared === 0) return Infinity;
  return 10 * Math.log10((255 * 255) / (squared / samples));
}

/** The RMS difference between horizontal and vertical neighbours of what shows: colour × alpha, and alpha. */
export function detail(image: RawImage): number {
  const { width, height, data } = image;
  const shown = (i: number): number =>
    (((data[i] ?? 0) * 0.2126 + (data[i + 1] ?? 0) * 0.7152 + (data[i + 2] ?? 0) * 0.0722) * (data[i + 3] ?? 0)) / 255;
  let squared = 0;
  let count = 0;
  for (let y = 0; y < height - 1; y++) {
    for (let x = 0; x < width - 1; x++) {
      const i = (y * width + x) * 4;
      const right = i + 4;
      const below = i + width * 4;
      const dr = shown(i) - shown(right);
      const db = shown(i) - shown(below);
      const ar = (data[i + 3] ?? 0) - (data[right + 3] ?? 0);
      const ab = (data[i + 3] ?? 0) - (data[below + 3] ?? 0);
      squared += dr * dr + db * db + ar * ar + ab * ab;
      count += 4;
    }
  }
  return count === 0 ? 0 : Math.sqrt(squared / count);
}

/** Light directions the error is taken over: overhead, and from the sides at candle heights. */
const LIGHTS = [
  [0, 0, 1],
  [0.5, 0.3, 0.8],
  [-0.6, 0.2, 0.77],
  [0.1, -0.7, 0.7],
  [0.9, 0, 0.43],
].map(([x = 0, y = 0, z = 0]) => {
  const length = Math.hypot(x, y, z);
  return [x / length, y / length, z / length] as const;
});

function unitNormal(data: Uint8Array, i: number): [number, number, number] {
  const x = (data[i] ?? 128) / 127.5 - 1;
  const y = (data[i + 1] ?? 128) / 127.5 - 1;
  const z = (data[i + 2] ?? 255) / 127.5 - 1;
  const length = Math.hypot(x, y, z) || 1;
  return [x / length, y / length, z / length];
}

/**
 * How differently a normal map lights its albedo than the reference does: for each pixel that
 * shows (albedo alpha > 0), the largest change in lit level (0..255) over the light directions,
 * with white light at full strength (Lambert, as Phaser's light shader).
 */
export function litError(reference: RawImage, candidate: RawImage, albedo: RawImage): { p99: number; max: number; mean: number } {
  const errors: number[] = [];
  for (let i = 0; i < reference.data.length; i += 4) {
    const alpha = (albedo.data[i + 3] ?? 0) / 255;
    if (alpha === 0) continue;
    const bright = (Math.max(albedo.data[i] ?? 0, albedo.data[i + 1] ?? 0, albedo.data[i + 2] ?? 0) / 255) * alpha;
    const n0 = unitNormal(reference.data, i);
    const n1 = unitNormal(candidate.data, i);
    let worst = 0;
    for (const [lx, ly, lz] of LIGHTS) {
      const d0 = Math.max(0, n0[0] * lx + n0[1] * ly + n0[2] * lz);
      const d1 = Math.max(0, n1[0] * lx + n1[1] * ly + n1[2] * lz);
      worst = Math.max(worst, Math.abs(d0 - d1) * 255 * bright);
    }
    errors.push(worst);
  }
  if (errors.length === 0) return { p99: 0, max: 0, mean: 0 };
  errors.sort((x, y) => x - y);
  const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
  return { p99: errors[Math.floor((errors.length - 1) * 0.99)] ?? 0, max: errors.at(-1) ?? 0, mean };
}

export interface Encoded {
  readonly bytes: Buffer;
  readonly format: Format;
  readonly label: string;
  /** PSNR for albedo; lit error for a normal map. */
  readonly measured:
    { readonly psnr: number; readonly detail: number } | { readonly p99: number; readonly max: number; readonly mean: number };
  /** Every candidate tried, smallest first, with what it measured: for the build log and the spec. */
  readonly tried: readonly { readonly label: string; readonly bytes: number; readonly passed: boolean }[];
}

export function passes(measured: Encoded['measured']): boolean {
  if ('psnr' in measured) return measured.psnr >= ALBEDO_MIN_PSNR_DB && Math.abs(measured.detail - 1) <= ALBEDO_DETAIL_TOLERANCE;
  return measured.p99 <= NORMAL_MAX_LIT_ERROR.p99 && measured.max <= NORMAL_MAX_LIT_ERROR.max;
}

/**
 * The smallest candidate encoding of `png` within its kind's limit. A normal map is judged by
 * how it lights `albedo` (its texture, same size).
 */
export async function encodeTexture(png: Buffer, kind: TextureKind, albedo?: Buffer): Promise<Encoded> {
  const reference = await decodeRaw(png);
  const lit = kind === 'normal' ? await decodeRaw(albedo ?? png) : null;
  const referenceDetail = lit ? 0 : detail(reference);
  if (lit && (lit.width !== reference.width || lit.height !== reference.height))
    throw new Error('a normal map must be the size of its albedo');
  const encoded = await Promise.all(
    CANDIDATES[kind].map(async (candidate) => ({ candidate, bytes: await candidate.encode(sharp(png)).toBuffer() })),
  );
  encoded.sort((x, y) => x.bytes.length - y.bytes.length);
  const tried: { label: string; bytes: number; passed: boolean }[] = [];
  for (const { candidate, bytes } of encoded) {
    const decoded = await decodeRaw(bytes);
    const measured = lit
      ? litError(reference, decoded, lit)
      : { psnr: albedoPsnr(reference, decoded), detail: referenceDetail > 0 ? detail(decoded) / referenceDetail : 1 };
    const passed = passes(measured);
    tried.push({ label: candidate.label, bytes: bytes.length, passed });
    if (passed) return { bytes, format: candidate.format, label: candidate.label, measured, tried };
  }
  throw new Error(`no candidate encoding passed for a ${kind} texture (${tried.map((t) => t.label).join(', ')})`);
}

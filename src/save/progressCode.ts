// The progress code: a save as text a player can copy out of one browser and paste into another
// (a phone's Safari may drop a site's storage; itch.io's app and a desktop browser share none).
// "EN1-" + base64url of [format byte][CRC-32 of the save's JSON][the JSON, deflated when the
// browser can]. The prefix says whose code it is and in which format; the checksum catches a
// code cut short or mistyped, which base64 alone would read as some other save. A code is
// checked as a save is (parseSave), so one from another version of the story is refused too.
import { parseSave, type SaveData } from './saveGame';

/** The code's own format; a code with a higher number comes from a newer game. */
export const CODE_VERSION = 1;
const PREFIX = 'EN';
const DEFLATED = 1;

/** Why a pasted code was refused: each has a message in the string tables (`progress.problem.*`). */
export type CodeProblem = 'empty' | 'not-a-code' | 'damaged' | 'newer' | 'other-story';

export type DecodeResult = { readonly ok: true; readonly save: SaveData } | { readonly ok: false; readonly problem: CodeProblem };

/** Byte-level compression; the game's uses the browser's CompressionStream (Node has it too). */
export interface Squeeze {
  deflate(bytes: Uint8Array): Promise<Uint8Array>;
  inflate(bytes: Uint8Array): Promise<Uint8Array>;
}

/** deflate-raw through the Compression Streams API, or null where the browser has none. */
export function streamSqueeze(): Squeeze | null {
  if (typeof CompressionStream === 'undefined' || typeof DecompressionStream === 'undefined') return null;
  const through = async (bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> => {
    const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
    return new Uint8Array(await new Response(out).arrayBuffer());
  };
  return {
    deflate: (bytes) => through(bytes, new CompressionStream('deflate-raw')),
    inflate: (bytes) => through(bytes, new DecompressionStream('deflate-raw')),
  };
}

export async function encodeProgress(save: SaveData, squeeze: Squeeze | null = streamSqueeze()): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(save));
  const body = squeeze ? await squeeze.deflate(json) : json;
  const bytes = new Uint8Array(5 + body.length);
  bytes[0] = squeeze ? DEFLATED : 0;
  new DataView(bytes.buffer).setUint32(1, crc32(json));
  bytes.set(body, 5);
  return `${PREFIX}${String(CODE_VERSION)}-${toBase64Url(bytes)}`;
}

/**
 * Reads a pasted code, for the story with fingerprint `story`. Spaces and line breaks a chat app
 * or an e-mail put in are ignored; anything else wrong refuses the code, saying why.
 */
export async function decodeProgress(text: string, story: string, squeeze: Squeeze | null = streamSqueeze()): Promise<DecodeResult> {
  const code = text.replace(/\s+/g, '');
  if (code.length === 0) return refuse('empty');
  const head = /^EN(\d+)-/.exec(code);
  if (!head?.[1]) return refuse('not-a-code');
  if (Number(head[1]) > CODE_VERSION) return refuse('newer');
  if (Number(head[1]) < 1) return refuse('not-a-code');
  const bytes = fromBase64Url(code.slice(head[0].length));
  if (!bytes || bytes.length < 6) return refuse('damaged');
  const flags = bytes[0];
  if (flags !== 0 && flags !== DEFLATED) return refuse('damaged');
  const expected = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1);
  let json: Uint8Array;
  try {
    const body = bytes.subarray(5);
    if (flags === DEFLATED) {
      if (!squeeze) return refuse('damaged');
      json = await squeeze.inflate(body);
    } else json = body;
  } catch {
    return refuse('damaged');
  }
  if (crc32(json) !== expected) return refuse('damaged');
  let text8: string;
  try {
    text8 = new TextDecoder('utf-8', { fatal: true }).decode(json);
  } catch {
    return refuse('damaged');
  }
  const anyStory = parseSave(text8);
  if (!anyStory.ok) return refuse(anyStory.reason.includes('newer') ? 'newer' : 'damaged');
  if (anyStory.save.story !== story) return refuse('other-story');
  return { ok: true, save: anyStory.save };
}

const refuse = (problem: CodeProblem): DecodeResult => ({ ok: false, problem });

const CRC_TABLE = ((): Uint32Array => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the one zip and PNG use). */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    if (b !== undefined) out += ALPHABET[(n >> 6) & 63] ?? '';
    if (c !== undefined) out += ALPHABET[n & 63] ?? '';
  }
  return out;
}

/** Null when the text holds a character base64url has no place for, or an impossible length. */
function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return null;
    value = ((value << 6) | digit) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, at);
}

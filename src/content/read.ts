// The content kit: small typed readers for untrusted JSON, each fault recorded with its JSON
// path so a writer sees exactly which field of which file is wrong, and the one error type for
// bad content — a level, a story, a cutscene, a cue table, a translation — with the file and,
// where there is one, the line.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = Record<string, Json>;

/** A content file that failed its checks: every fault (a JSON path or a message), and the line when known. */
export class ContentInvalid extends Error {
  constructor(
    readonly file: string,
    readonly faults: readonly string[],
    readonly line: number | null = null,
  ) {
    const where = line === null ? file : `${file}:${String(line)}`;
    super(faults.map((fault) => `${where}: ${fault}`).join('\n'));
    this.name = 'ContentInvalid';
  }
}

export class Faults {
  readonly list: string[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readObject(value: unknown, path: string, faults: Faults): JsonObject {
  if (isObject(value)) return value;
  faults.add(path, 'expected an object');
  return {};
}

export function readArray(value: unknown, path: string, faults: Faults): Json[] {
  if (Array.isArray(value)) return value as Json[];
  faults.add(path, 'expected an array');
  return [];
}

export function readString(value: unknown, path: string, faults: Faults): string {
  if (typeof value === 'string' && value.length > 0) return value;
  faults.add(path, 'expected a non-empty string');
  return '';
}

export function readNumber(value: unknown, path: string, faults: Faults, range: { min?: number; max?: number } = {}): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    faults.add(path, 'expected a number');
    return 0;
  }
  if (range.min !== undefined && value < range.min) faults.add(path, `must be at least ${range.min}`);
  if (range.max !== undefined && value > range.max) faults.add(path, `must be at most ${range.max}`);
  return value;
}

export function readBoolean(value: unknown, path: string, faults: Faults): boolean {
  if (typeof value === 'boolean') return value;
  faults.add(path, 'expected true or false');
  return false;
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;

export function readColour(value: unknown, path: string, faults: Faults): number {
  if (typeof value === 'string' && COLOUR.test(value)) return parseInt(value.slice(1), 16);
  faults.add(path, 'expected a colour like "#ffb25e"');
  return 0;
}

const ID = /^[a-z][a-z0-9_]*$/;

export function readId(value: unknown, path: string, faults: Faults): string {
  if (typeof value === 'string' && ID.test(value)) return value;
  faults.add(path, 'expected an id of lower-case letters, digits and _');
  return '';
}

/** Maps a JSON.parse error position to a 1-based line, so a syntax error names its line. */
export function lineOfPosition(text: string, position: number): number {
  let line = 1;
  for (let i = 0; i < position && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

export function parseJsonWithLine(text: string): { ok: true; value: unknown } | { ok: false; line: number | null; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+)/.exec(message);
    let line: number | null = null;
    if (lineCol?.[1] !== undefined) line = Number(lineCol[1]);
    else if (position?.[1] !== undefined) line = lineOfPosition(text, Number(position[1]));
    return { ok: false, line, message };
  }
}

// Build-time only: compiles the story with inkjs's compiler. Never imported by src/.
import { Compiler } from 'inkjs/full';

/** A fault in a content file, carrying the file and line so the build log points at it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(`${file}${line === null ? '' : `:${String(line)}`}: ${detail}`);
    this.name = 'ContentError';
  }
}

const ERROR_LINE = /^(?:ERROR|WARNING)?:?\s*(?:'[^']*'\s*)?line (\d+):\s*(.*)$/i;

/** Compiles ink source to the runtime's JSON, or throws every compiler error with file and line. */
export function compileInk(source: string, file: string): string {
  const compiler = new Compiler(source);
  let story;
  try {
    story = compiler.Compile();
  } catch {
    story = null;
  }
  const errors = compiler.errors;
  if (errors.length > 0 || story === null) {
    const faults = errors.map((raw) => toContentError(raw, file));
    const first = faults[0] ?? new ContentError(file, null, 'the ink compiler failed without a message');
    if (faults.length > 1) {
      throw new ContentError(first.file, first.line, faults.map((f) => f.message).join('\n'));
    }
    throw first;
  }
  return story.ToJson() ?? '';
}

function toContentError(raw: string, file: string): ContentError {
  const match = ERROR_LINE.exec(raw.trim());
  if (match?.[1] !== undefined) {
    return new ContentError(file, Number(match[1]), match[2] ?? raw);
  }
  return new ContentError(file, null, raw);
}

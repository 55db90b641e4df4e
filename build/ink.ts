// Build-time only: compiles the story with inkjs's compiler. Never imported by src/.
import { Compiler } from 'inkjs/full';
import { ContentInvalid } from '../src/content/read';

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
    const faults = errors.map(lineAndFault);
    const first = faults[0] ?? { line: null, fault: 'the ink compiler failed without a message' };
    // The first fault's line heads the message; the others name their own lines.
    const rest = faults.slice(1).map((f) => (f.line === null ? f.fault : `line ${String(f.line)}: ${f.fault}`));
    throw new ContentInvalid(file, [first.fault, ...rest], first.line);
  }
  return story.ToJson() ?? '';
}

function lineAndFault(raw: string): { line: number | null; fault: string } {
  const match = ERROR_LINE.exec(raw.trim());
  if (match?.[1] !== undefined) return { line: Number(match[1]), fault: match[2] ?? raw };
  return { line: null, fault: raw };
}

// Build-time: every line of text the ink can show (narration, speech, choice text), found by
// the ink compiler's own parse, with its source line, its knot and stitch, and the id its
// `# id:` tag gives it. Lines carry ids so a translation can be looked up by id, whatever else
// in the file changes (the way Ink-Localiser does it). A line made of more than one piece of
// text (inline `{a|b}` variants, glue) cannot be translated as a whole sentence: it is a fault.
import { Compiler } from 'inkjs/full';
import { ContentInvalid } from '../src/content/read';

export interface InkLine {
  /** 1-based source line. */
  readonly line: number;
  readonly kind: 'line' | 'choice';
  readonly knot: string;
  readonly stitch: string;
  /** The text as written (speaker prefix included), trimmed. */
  readonly text: string;
  /** The `# id:` tag's id, or null when the line has none yet. */
  readonly id: string | null;
}

/** An id: lower case words joined by dots and underscores. */
export const ID_PATTERN = /^[a-z0-9]+(?:[._][a-z0-9]+)*$/;
const ID_TAG = /#\s*id:\s*([^\s#\]]+)/;

interface Parsed {
  readonly typeName?: string;
  readonly text?: string;
  readonly isStart?: boolean;
  readonly content?: readonly Parsed[];
  readonly subFlowsByName?: ReadonlyMap<string, Parsed>;
  readonly parent?: Parsed | null;
  readonly identifier?: { readonly name?: string } | null;
  readonly debugMetadata?: { readonly startLineNumber: number } | null;
}

/** Every translatable line of `source`, in source order. Throws ContentInvalid on a line the localiser cannot take. */
export function inkLines(source: string, file: string): InkLine[] {
  const compiler = new Compiler(source);
  compiler.Compile();
  const root = compiler.parsedStory as unknown as Parsed;
  const pieces: { line: number; text: string; owner: Parsed }[] = [];
  const visited = new Set<Parsed>();
  const walk = (node: Parsed | null | undefined): void => {
    if (!node || visited.has(node) || node.typeName === 'Tag') return;
    visited.add(node);
    if (node.typeName === 'Text') {
      const line = node.debugMetadata?.startLineNumber;
      if (line !== undefined && (node.text ?? '').trim() !== '') pieces.push({ line, text: node.text ?? '', owner: node });
      return;
    }
    // A tag's words sit between its start and end markers in the same content list.
    let inTag = false;
    for (const child of node.content ?? []) {
      if (child.typeName === 'Tag') inTag = child.isStart === true;
      else if (!(inTag && child.typeName === 'Text')) walk(child);
    }
    for (const flow of node.subFlowsByName?.values() ?? []) walk(flow);
  };
  walk(root);

  const lines = source.split('\n');
  const byLine = new Map<number, { text: string; owner: Parsed }[]>();
  for (const piece of pieces) byLine.set(piece.line, [...(byLine.get(piece.line) ?? []), piece]);
  const found: InkLine[] = [];
  for (const [line, parts] of [...byLine].sort((a, b) => a[0] - b[0])) {
    if (parts.length > 1) {
      throw new ContentInvalid(
        file,
        [
          'this line is built from pieces of text (inline {a|b} variants or glue): write each variant as a whole line of its own, so it can be translated as a sentence',
        ],
        line,
      );
    }
    const part = parts[0];
    if (!part) continue;
    const sourceLine = lines[line - 1] ?? '';
    const kind = /^\s*[*+]/.test(sourceLine) && part.owner.parent?.typeName === 'ContentList' ? 'choice' : 'line';
    const { knot, stitch } = placeOf(part.owner);
    found.push({ line, kind, knot, stitch, text: part.text.trim(), id: ID_TAG.exec(sourceLine)?.[1] ?? null });
  }
  return found;
}

function placeOf(node: Parsed): { knot: string; stitch: string } {
  let knot = '';
  let stitch = '';
  for (let at: Parsed | null | undefined = node; at; at = at.parent) {
    if (at.typeName === 'Stitch' && stitch === '') stitch = at.identifier?.name ?? '';
    if (at.typeName === 'Knot' && knot === '') knot = at.identifier?.name ?? '';
  }
  return { knot, stitch };
}

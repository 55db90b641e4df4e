// docs/architecture.md's folder table is the map a newcomer reads first: it must match the
// tree file by file, so a file added, moved or deleted without its row fails here.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const MAPPED = ['src', 'build'];

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return path === 'src/vendor' ? [path + '/'] : filesUnder(path);
    return [path];
  });
}

/** The rows of the "Files, one by one" table: the path in the first cell, in backticks. */
function tableRows(): string[] {
  const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
  const start = doc.indexOf('### Files, one by one');
  if (start < 0) throw new Error('docs/architecture.md has no "### Files, one by one" table');
  const end = doc.indexOf('\n## ', start);
  return [...doc.slice(start, end < 0 ? undefined : end).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1] ?? '');
}

describe("the architecture doc's file table", () => {
  it('names every file under src/ and build/', () => {
    const rows = new Set(tableRows());
    const missing = MAPPED.flatMap(filesUnder).filter((f) => !rows.has(f));
    expect(missing, 'files with no row in docs/architecture.md').toEqual([]);
  });

  it('names no file that is not there', () => {
    const files = new Set(MAPPED.flatMap(filesUnder));
    expect(
      tableRows().filter((row) => !files.has(row)),
      'rows for files that do not exist',
    ).toEqual([]);
  });
});

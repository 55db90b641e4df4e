// Checks an HTML5 zip against what itch.io accepts and what a game served from a sub-folder
// of another domain needs: index.html at the root, relative paths only, exact-case names,
// and itch.io's limits. `node scripts/zip-check.mjs release/every-night-html5.zip` prints
// the problems and exits 1; `checkZip(bytes)` returns them for tests and the package script.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export const ITCH_LIMITS = Object.freeze({
  maxFiles: 1000,
  maxFileBytes: 200 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxNameLength: 240,
});

const MB = 1024 * 1024;

/** Every attribute value or CSS url() in an HTML or CSS text that names another file. */
function references(text) {
  const found = [];
  const attr = /\b(?:src|href|poster|data)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
  for (const m of text.matchAll(attr)) found.push(m[1] ?? m[2] ?? m[3] ?? '');
  const cssUrl = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi;
  for (const m of text.matchAll(cssUrl)) found.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return found;
}

/** A reference that would leave the game's folder: absolute URL, protocol-relative or root-relative. */
function absoluteProblem(ref) {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return 'an absolute URL';
  if (ref.startsWith('//')) return 'a protocol-relative URL';
  if (ref.startsWith('/')) return 'a leading-slash path (it breaks when itch.io serves the game from a sub-folder)';
  return null;
}

function isLocalFileRef(ref) {
  return ref !== '' && !ref.startsWith('#') && !/^(data|blob|mailto|javascript|about):/i.test(ref);
}

/**
 * @param {Uint8Array} bytes the zip file
 * @param {Partial<typeof ITCH_LIMITS>} [limits]
 * @returns {{ ok: boolean, problems: string[], files: { name: string, size: number }[], totalBytes: number }}
 */
export function checkZip(bytes, limits = {}) {
  const lim = { ...ITCH_LIMITS, ...limits };
  const problems = [];
  /** @type {{ name: string, size: number }[]} */
  const entries = [];
  let extracted;
  try {
    // The filter sees every entry's name and size from the central directory; only the text
    // files whose references we check are inflated.
    extracted = unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.originalSize });
        return /\.(html?|css)$/i.test(file.name) && file.originalSize < 16 * MB;
      },
    });
  } catch (error) {
    return {
      ok: false,
      problems: [`not a readable zip: ${error instanceof Error ? error.message : String(error)}`],
      files: [],
      totalBytes: 0,
    };
  }
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);

  for (const { name } of entries) {
    if (name.startsWith('/') || name.startsWith('\\') || /^[a-z]:/i.test(name))
      problems.push(`absolute path in the zip: "${name}" (every entry must be relative to the zip's root)`);
    if (name.includes('\\'))
      problems.push(`backslash in a path: "${name}" (use forward slashes; itch.io's CDN treats it as part of the name)`);
    if (name.split('/').includes('..')) problems.push(`path climbs out of the zip: "${name}"`);
    if (name.length > lim.maxNameLength)
      problems.push(`name longer than ${lim.maxNameLength} characters (${name.length}): "${name.slice(0, 60)}…"`);
  }
  if (files.length > lim.maxFiles) problems.push(`too many files: ${files.length} (itch.io allows at most ${lim.maxFiles})`);
  for (const f of files) {
    if (f.size > lim.maxFileBytes)
      problems.push(
        `file too large: "${f.name}" is ${(f.size / MB).toFixed(1)} MB (itch.io allows at most ${(lim.maxFileBytes / MB).toFixed(0)} MB a file)`,
      );
  }
  if (totalBytes > lim.maxTotalBytes)
    problems.push(
      `zip too large: ${(totalBytes / MB).toFixed(1)} MB unpacked (itch.io allows at most ${(lim.maxTotalBytes / MB).toFixed(0)} MB)`,
    );

  const byLower = new Map();
  for (const f of files) {
    const lower = f.name.toLowerCase();
    if (byLower.has(lower)) problems.push(`two names differ only in case: "${byLower.get(lower)}" and "${f.name}"`);
    else byLower.set(lower, f.name);
  }

  const names = new Set(files.map((f) => f.name));
  if (!names.has('index.html')) {
    const nested = files.find((f) => /(^|\/)index\.html$/i.test(f.name));
    problems.push(
      nested
        ? `no index.html at the zip's root (found "${nested.name}"; zip the folder's contents, not the folder, and mind the case)`
        : "no index.html at the zip's root",
    );
  }

  for (const [name, data] of Object.entries(extracted)) {
    const text = strFromU8(data);
    const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
    for (const ref of references(text)) {
      if (!isLocalFileRef(ref)) continue;
      const why = absoluteProblem(ref);
      if (why) {
        problems.push(`${name} refers to "${ref}", ${why}`);
        continue;
      }
      const path = ref.split(/[?#]/)[0];
      if (path === '' || path === undefined) continue;
      const target = new URL(path, `http://zip/${dir}`).pathname.slice(1);
      const decoded = decodeURIComponent(target);
      if (!names.has(decoded)) {
        const caseOnly = byLower.get(decoded.toLowerCase());
        problems.push(
          caseOnly
            ? `${name} refers to "${ref}" but the zip holds "${caseOnly}" (names are case-sensitive on itch.io)`
            : `${name} refers to "${ref}", which is not in the zip`,
        );
      }
    }
  }
  return { ok: problems.length === 0, problems, files, totalBytes };
}

/** Reads and checks a zip file; throws one error listing every problem. */
export function assertZip(path, limits) {
  const result = checkZip(new Uint8Array(readFileSync(path)), limits);
  if (!result.ok) throw new Error(`${path} is not ready for itch.io:\n  - ${result.problems.join('\n  - ')}`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2] ?? 'release/every-night-html5.zip';
  try {
    const { files, totalBytes } = assertZip(path);
    console.log(`${path}: OK — ${files.length} files, ${(totalBytes / MB).toFixed(1)} MB unpacked`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

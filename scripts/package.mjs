// `npm run package`: builds the game, zips dist/ for itch.io's HTML kind as
// release/every-night-html5.zip (index.html at the root, relative paths, exact names),
// checks the zip, then captures the page art from the built game (scripts/page-art.mjs).
// Flags: --no-build (zip the dist/ already there), --no-art (skip the screenshots).
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { assertZip } from './zip-check.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const RELEASE = join(ROOT, 'release');
export const ZIP_PATH = join(RELEASE, 'every-night-html5.zip');
const args = new Set(process.argv.slice(2));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Already-compressed formats are stored; text is deflated (itch's CDN gzips it again anyway). */
const STORED = /\.(png|jpe?g|webp|webm|mp3|ogg|woff2?)$/i;
/** A fixed date so the same build gives the same zip. */
const MTIME = new Date('2026-01-01T00:00:00Z');

export function zipDist(dist = DIST, out = ZIP_PATH) {
  const tree = {};
  for (const file of walk(dist).sort()) {
    const name = relative(dist, file).split(sep).join('/');
    tree[name] = [new Uint8Array(readFileSync(file)), { level: STORED.test(name) ? 0 : 9, mtime: MTIME }];
  }
  mkdirSync(RELEASE, { recursive: true });
  writeFileSync(out, zipSync(tree));
  return assertZip(out);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!args.has('--no-build')) execSync('npm run build', { cwd: ROOT, stdio: 'inherit' });
  const { files, totalBytes } = zipDist();
  const zipped = statSync(ZIP_PATH).size;
  console.log(
    `\n${relative(ROOT, ZIP_PATH)}: ${files.length} files, ${(totalBytes / 1048576).toFixed(1)} MB unpacked, ${(zipped / 1048576).toFixed(1)} MB zipped — passes the itch.io checks.`,
  );
  if (!args.has('--no-art')) {
    const { makePageArt } = await import('./page-art.mjs');
    await makePageArt({ dist: DIST, out: join(RELEASE, 'page') });
  }
  console.log(`\nUpload: butler push ${relative(ROOT, ZIP_PATH)} <user>/every-night:html5`);
}

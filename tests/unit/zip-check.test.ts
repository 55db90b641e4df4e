// The itch.io zip checker rejects each way an upload breaks, with a message that says why.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkZip } from '../../scripts/zip-check.mjs';

const GOOD_HTML =
  '<!doctype html><html><head><link rel="stylesheet" href="./assets/index.css"><script type="module" src="./assets/index.js"></script></head><body></body></html>';

function zip(files: Record<string, string>): Uint8Array {
  const tree: Zippable = {};
  for (const [name, text] of Object.entries(files)) tree[name] = [strToU8(text), { level: 0 }];
  return zipSync(tree);
}

function good(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'index.html': GOOD_HTML,
    'assets/index.js': 'console.log(1)',
    'assets/index.css': 'body{background:url(./bg.png)}',
    'assets/bg.png': 'png',
    ...extra,
  };
}

/** fflate will not write a leading slash, so patch the stored name bytes in place. */
function withRenamedEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('names must keep their length');
  const out = bytes.slice();
  const needle = strToU8(from);
  for (let i = 0; i + needle.length <= out.length; i++) {
    if (needle.every((b, j) => out[i + j] === b)) out.set(strToU8(to), i);
  }
  return out;
}

/** Rewrites the uncompressed size of every central-directory entry named `name`. */
function withClaimedSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const target = strToU8(name);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const entryName = out.subarray(i + 46, i + 46 + nameLength);
    if (entryName.length === target.length && entryName.every((b, j) => b === target[j])) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('the itch.io zip checker', () => {
  it('accepts a zip with index.html at its root and relative references', () => {
    const result = checkZip(zip(good()));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toHaveLength(4);
  });

  it('rejects an absolute path and names the entry', () => {
    const bytes = withRenamedEntry(zip(good({ 'xassets/a.png': 'x' })), 'xassets/a.png', '/assets/a.png');
    const result = checkZip(bytes);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/absolute path in the zip: "\/assets\/a\.png"/);
  });

  it('rejects a zip without index.html at its root, and says where it found one', () => {
    const files = good();
    const html = files['index.html'] ?? '';
    const nested = Object.fromEntries(
      Object.entries(files)
        .filter(([k]) => k !== 'index.html')
        .map(([k, v]) => [`game/${k}`, v]),
    );
    const result = checkZip(zip({ ...nested, 'game/index.html': html }));
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/no index\.html at the zip's root \(found "game\/index\.html"/);
    expect(checkZip(zip({ 'Index.HTML': GOOD_HTML })).problems.join('\n')).toMatch(/no index\.html at the zip's root/);
  });

  it('rejects more than 1,000 files', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) many[`assets/f${i}.txt`] = '';
    const result = checkZip(zip(good(many)));
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/too many files: 1004 \(itch\.io allows at most 1000\)/);
  });

  it('rejects a file over 200 MB, read from the zip directory without inflating it', () => {
    const bytes = withClaimedSize(zip(good({ 'assets/huge.bin': 'x' })), 'assets/huge.bin', 201 * 1024 * 1024);
    const result = checkZip(bytes);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/file too large: "assets\/huge\.bin" is 201\.0 MB/);
  });

  it('rejects names longer than 240 characters', () => {
    const result = checkZip(zip(good({ [`assets/${'a'.repeat(240)}.png`]: 'x' })));
    expect(result.problems.join('\n')).toMatch(/name longer than 240 characters/);
  });

  it('rejects absolute and leading-slash references inside index.html', () => {
    const remote = GOOD_HTML.replace('./assets/index.js', 'https://cdn.example.com/phaser.js');
    expect(checkZip(zip(good({ 'index.html': remote }))).problems.join('\n')).toMatch(
      /refers to "https:\/\/cdn\.example\.com\/phaser\.js", an absolute URL/,
    );
    const rooted = GOOD_HTML.replace('./assets/index.css', '/assets/index.css');
    expect(checkZip(zip(good({ 'index.html': rooted }))).problems.join('\n')).toMatch(
      /refers to "\/assets\/index\.css", a leading-slash path/,
    );
    const protocolRelative = GOOD_HTML.replace('./assets/index.js', '//cdn.example.com/x.js');
    expect(checkZip(zip(good({ 'index.html': protocolRelative }))).problems.join('\n')).toMatch(/protocol-relative/);
  });

  it('rejects a reference whose case differs from the file in the zip', () => {
    const wrongCase = GOOD_HTML.replace('./assets/index.js', './assets/Index.js');
    const result = checkZip(zip(good({ 'index.html': wrongCase })));
    expect(result.problems.join('\n')).toMatch(
      /refers to "\.\/assets\/Index\.js" but the zip holds "assets\/index\.js" \(names are case-sensitive/,
    );
  });

  it('rejects a leading-slash url() in a stylesheet', () => {
    const result = checkZip(zip(good({ 'assets/index.css': 'body{background:url(/bg.png)}' })));
    expect(result.problems.join('\n')).toMatch(/assets\/index\.css refers to "\/bg\.png", a leading-slash path/);
  });

  it('reports a file that is not a zip', () => {
    const result = checkZip(strToU8('not a zip at all'));
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/not a readable zip/);
  });
});

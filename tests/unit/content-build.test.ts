// The build fails on broken content with the file and the line or field named.
import { cpSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultPaths, inkTags, readContent } from '../../build/content';
import { ContentInvalid } from '../../src/content/read';
import { ROOT } from './helpers';

const made: string[] = [];

/** A copy of the project's content, with one file swapped for a broken fixture. */
function contentWith(fixture: string, replaces: string): ReturnType<typeof defaultPaths> {
  const dir = mkdtempSync(join(tmpdir(), 'every-night-content-'));
  made.push(dir);
  for (const part of ['levels', 'assets/audio', 'assets/art']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  copyFileSync(join(ROOT, 'tests/fixtures', fixture), join(dir, replaces));
  return defaultPaths(dir);
}

function errorOf(work: () => unknown): ContentInvalid {
  try {
    work();
  } catch (error) {
    if (error instanceof ContentInvalid) return error;
    throw error;
  }
  throw new Error('expected the content to be rejected');
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('building the content', () => {
  it('accepts the shipped story, level, cutscenes and cues', () => {
    const content = readContent(defaultPaths(ROOT));
    expect(content.storyJson).toContain('inkVersion');
  });

  it('fails on an ink syntax error, naming the .ink file and line', () => {
    const error = errorOf(() => readContent(contentWith('broken-syntax.ink', 'levels/every-night.ink')));
    expect(error.file).toBe('levels/every-night.ink');
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^levels\/every-night\.ink:5: /);
  });

  it('fails on a tag the parser does not know, naming the line', () => {
    const error = errorOf(() => readContent(contentWith('unknown-tag.ink', 'levels/every-night.ink')));
    expect(error.message).toMatch(/^levels\/every-night\.ink:3: tag "thunder: loud": unknown tag "thunder"/);
  });

  it('fails on a tag naming a sound that does not exist, naming the line', () => {
    const error = errorOf(() => readContent(contentWith('unknown-sound.ink', 'levels/every-night.ink')));
    expect(error.message).toMatch(/^levels\/every-night\.ink:2: .*unknown sound cue "kazoo_solo"/);
  });

  it('fails on a level that is not valid JSON, naming the file and line', () => {
    const error = errorOf(() => readContent(contentWith('syntax-error.scene.json', 'levels/crypt.level.json')));
    expect(error.file).toBe('levels/crypt.level.json');
    expect(error.line).toBe(5);
  });

  it('reads tags on choices, and ignores hashes inside comments', () => {
    const source = ['A line. # sfx: a', '* [Pick #object: lighter] -> x', '// not # a tag', 'B /* # nor this */ # shot: wide'].join('\n');
    expect(inkTags(source)).toEqual([
      { line: 1, tag: 'sfx: a' },
      { line: 2, tag: 'object: lighter' },
      { line: 4, tag: 'shot: wide' },
    ]);
  });
});

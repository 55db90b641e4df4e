// Build-time: reads every content file and hands it to the one loader the game and the tests
// use (src/content/loadContent.ts), compiles the story and checks its tags, and fails with the
// file and the line or JSON path of the first fault.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { loadContent, type Content as CheckedContent } from '../src/content/loadContent';
import { ContentInvalid, parseJsonWithLine } from '../src/content/read';
import type { ContentIndex } from '../src/story/commands';
import type { CueDef } from '../src/story/contentIndex';
import { TagError, parseTag } from '../src/story/tags';
import { compileInk } from './ink';

export interface ContentPaths {
  readonly root: string;
  readonly level: string;
  readonly figures: string;
  readonly story: string;
  readonly cutscenes: string;
  readonly cues: string;
  readonly art: string;
  readonly audio: string;
}

export function defaultPaths(root: string): ContentPaths {
  return {
    root,
    level: join(root, 'levels/crypt.level.json'),
    figures: join(root, 'levels/figures.json'),
    story: join(root, 'levels/every-night.ink'),
    cutscenes: join(root, 'levels/cutscenes'),
    cues: join(root, 'assets/audio/cues.json'),
    art: join(root, 'assets/art'),
    audio: join(root, 'assets/audio'),
  };
}

export interface BuiltContent {
  /** Checked, typed content, as the game will hold it. */
  readonly checked: CheckedContent;
  /** The raw JSON the game's bundle carries (it checks it again with the same loader). */
  readonly raw: {
    readonly level: unknown;
    readonly figures: unknown;
    readonly cues: unknown;
    readonly cutscenes: Readonly<Record<string, unknown>>;
  };
  readonly storyJson: string;
  /** Every file read, so a dev server can watch them. */
  readonly files: readonly string[];
}

/** Reads the content files of a project and checks them all. */
export function readContent(paths: ContentPaths): BuiltContent {
  const name = (file: string): string => relative(paths.root, file) || file;
  const files: string[] = [];
  const readJson = (file: string): unknown => {
    files.push(file);
    if (!existsSync(file)) throw new ContentInvalid(name(file), ['file is missing']);
    const parsed = parseJsonWithLine(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new ContentInvalid(name(file), [`not valid JSON: ${parsed.message}`], parsed.line);
    return parsed.value;
  };

  const textures = new Set(
    existsSync(paths.art)
      ? readdirSync(paths.art)
          .filter((f) => f.endsWith('.png') && !f.endsWith('_n.png'))
          .map((f) => f.slice(0, -4))
      : [],
  );
  const cutsceneFiles = existsSync(paths.cutscenes)
    ? readdirSync(paths.cutscenes)
        .filter((f) => f.endsWith('.cutscene.json'))
        .sort()
    : [];
  const raw = {
    level: readJson(paths.level),
    figures: readJson(paths.figures),
    cues: (readJson(paths.cues) as { cues?: unknown } | null)?.cues,
    cutscenes: Object.fromEntries(cutsceneFiles.map((f) => [basename(f, '.cutscene.json'), readJson(join(paths.cutscenes, f))])),
  };
  const checked = loadContent(raw, { textures });
  checkAudioFiles(checked.cues, paths, name);

  files.push(paths.story);
  if (!existsSync(paths.story)) throw new ContentInvalid(name(paths.story), ['file is missing']);
  const source = readFileSync(paths.story, 'utf8');
  checkInkTags(source, name(paths.story), checked.index);
  const storyJson = compileInk(source, name(paths.story));
  return { checked, raw, storyJson, files };
}

function checkAudioFiles(cues: Readonly<Record<string, CueDef>>, paths: ContentPaths, name: (f: string) => string): void {
  for (const id of Object.keys(cues)) {
    for (const ext of ['webm', 'mp3']) {
      const file = join(paths.audio, `${id}.${ext}`);
      if (!existsSync(file)) throw new ContentInvalid(name(paths.cues), [`$.cues.${id}: missing ${name(file)}`]);
    }
  }
}

/** Every tag written in the ink source, with its line, read statically. */
export function inkTags(source: string): { line: number; tag: string }[] {
  const found: { line: number; tag: string }[] = [];
  let inBlockComment = false;
  source.split('\n').forEach((rawLine, i) => {
    let text = rawLine;
    if (inBlockComment) {
      const end = text.indexOf('*/');
      if (end < 0) return;
      text = text.slice(end + 2);
      inBlockComment = false;
    }
    const start = text.indexOf('/*');
    if (start >= 0) {
      const end = text.indexOf('*/', start + 2);
      if (end < 0) inBlockComment = true;
      text = text.slice(0, start) + (end < 0 ? '' : text.slice(end + 2));
    }
    const comment = text.indexOf('//');
    if (comment >= 0) text = text.slice(0, comment);
    const parts = text.split(/(?<!\\)#/).slice(1);
    for (const part of parts) {
      const tag = part.split(']')[0]?.trim() ?? '';
      if (tag.length > 0) found.push({ line: i + 1, tag });
    }
  });
  return found;
}

export function checkInkTags(source: string, file: string, index: ContentIndex): void {
  for (const { line, tag } of inkTags(source)) {
    // A line's id names it for the string tables (build/inkLines.ts checks those).
    if (tag.startsWith('id:')) continue;
    if (/[{}]/.test(tag)) throw new ContentInvalid(file, [`tag "${tag}": dynamic tags are not allowed`], line);
    try {
      parseTag(tag, index);
    } catch (error) {
      if (error instanceof TagError) throw new ContentInvalid(file, [error.message], line);
      throw error;
    }
  }
}

// Build-time: reads every content file, validates it with the same pure code the game runs,
// and fails with the file and the line or JSON path of the first fault.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { validateCutscene, type Cutscene } from '../src/cutscene/schema';
import { ContentInvalid, parseJsonWithLine } from '../src/scene/read';
import { validateScene } from '../src/scene/validate';
import type { SceneDef } from '../src/scene/schema';
import type { ContentIndex } from '../src/story/commands';
import { buildContentIndex, type CueDef } from '../src/story/contentIndex';
import { validateCues } from '../src/story/cues';
import { TagError, parseTag } from '../src/story/tags';
import { compileInk, ContentError } from './ink';

export { ContentError };

export interface ContentPaths {
  readonly root: string;
  readonly scene: string;
  readonly story: string;
  readonly cutscenes: string;
  readonly cues: string;
  readonly art: string;
  readonly audio: string;
}

export function defaultPaths(root: string): ContentPaths {
  return {
    root,
    scene: join(root, 'levels/crypt.scene.json'),
    story: join(root, 'levels/every-night.ink'),
    cutscenes: join(root, 'levels/cutscenes'),
    cues: join(root, 'assets/audio/cues.json'),
    art: join(root, 'assets/art'),
    audio: join(root, 'assets/audio'),
  };
}

export interface Content {
  readonly scene: unknown;
  readonly sceneDef: SceneDef;
  readonly storyJson: string;
  readonly cutscenes: Readonly<Record<string, unknown>>;
  readonly cues: Readonly<Record<string, CueDef>>;
  /** Every file read, so a dev server can watch them. */
  readonly files: readonly string[];
}

export function loadContent(paths: ContentPaths): Content {
  const name = (file: string): string => relative(paths.root, file) || file;
  const files: string[] = [];
  const readJson = (file: string): unknown => {
    files.push(file);
    if (!existsSync(file)) throw new ContentError(name(file), null, 'file is missing');
    const text = readFileSync(file, 'utf8');
    const parsed = parseJsonWithLine(text);
    if (!parsed.ok) throw new ContentError(name(file), parsed.line, `not valid JSON: ${parsed.message}`);
    return parsed.value;
  };

  const textures = new Set(
    existsSync(paths.art) ? readdirSync(paths.art).filter((f) => f.endsWith('.png') && !f.endsWith('_n.png')).map((f) => f.slice(0, -4)) : [],
  );
  const sceneRaw = readJson(paths.scene);
  const sceneDef = rethrow(() => validateScene(sceneRaw, name(paths.scene), { textures }));
  const cues = rethrow(() => validateCues(readJson(paths.cues), name(paths.cues)));
  checkAudioFiles(cues, paths, name);

  const cutsceneFiles = existsSync(paths.cutscenes)
    ? readdirSync(paths.cutscenes).filter((f) => f.endsWith('.cutscene.json')).sort()
    : [];
  const ids = cutsceneFiles.map((f) => basename(f, '.cutscene.json'));
  const index = buildContentIndex(sceneDef, cues, ids);
  const cutscenes: Record<string, unknown> = {};
  for (const file of cutsceneFiles) {
    const full = join(paths.cutscenes, file);
    const raw = readJson(full);
    const cutscene: Cutscene = rethrow(() =>
      validateCutscene(raw, name(full), { index, speakers: sceneDef.speakers }),
    );
    const expected = basename(file, '.cutscene.json');
    if (cutscene.id !== expected) throw new ContentError(name(full), null, `$.id: "${cutscene.id}" should match the file name "${expected}"`);
    cutscenes[expected] = raw;
  }

  files.push(paths.story);
  if (!existsSync(paths.story)) throw new ContentError(name(paths.story), null, 'file is missing');
  const source = readFileSync(paths.story, 'utf8');
  checkInkTags(source, name(paths.story), index);
  const storyJson = compileInk(source, name(paths.story));
  return { scene: sceneRaw, sceneDef, storyJson, cutscenes, cues, files };
}

function rethrow<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ContentInvalid) {
      throw new ContentError(error.file, null, error.faults.join(`\n${error.file}: `));
    }
    throw error;
  }
}

function checkAudioFiles(cues: Readonly<Record<string, CueDef>>, paths: ContentPaths, name: (f: string) => string): void {
  for (const id of Object.keys(cues)) {
    for (const ext of ['webm', 'mp3']) {
      const file = join(paths.audio, `${id}.${ext}`);
      if (!existsSync(file)) throw new ContentError(name(paths.cues), null, `$.cues.${id}: missing ${name(file)}`);
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
    if (/[{}]/.test(tag)) throw new ContentError(file, line, `tag "${tag}": dynamic tags are not allowed`);
    try {
      parseTag(tag, index);
    } catch (error) {
      if (error instanceof TagError) throw new ContentError(file, line, error.message);
      throw error;
    }
  }
}

// The content bootstrap, once for everyone: the level, the figures, the cue table and the cutscenes,
// validated with the same pure code in the game (from the build's virtual module), in the
// build (from the files, build/content.ts) and in the test kits; then the index of every id a
// tag may name, and the cutscenes checked against it. The first fault throws ContentInvalid.
import { validateCutscene, type Cutscene } from '../cutscene/schema';
import type { LevelDef } from '../level/schema';
import type { FiguresDef } from '../scene/figures';
import { validateFigures } from '../scene/validateFigures';
import { validateLevel } from '../level/validate';
import type { ContentIndex } from '../story/commands';
import { buildContentIndex, type CueDef } from '../story/contentIndex';
import { validateCues } from '../story/cues';
import { ContentInvalid } from './read';

/** Content as it was read, not yet trusted. */
export interface RawContent {
  readonly level: unknown;
  /** The cue table's `cues` record. */
  readonly cues: unknown;
  /** Each cutscene by the id its file name gives. */
  readonly cutscenes: Readonly<Record<string, unknown>>;
  /** levels/figures.json: the figures' parts, poses and actions. */
  readonly figures: unknown;
}

export interface Content {
  readonly level: LevelDef;
  readonly figures: FiguresDef;
  readonly cues: Readonly<Record<string, CueDef>>;
  readonly index: ContentIndex;
  readonly cutscenes: ReadonlyMap<string, Cutscene>;
}

/** The files the faults are reported against. */
export const CONTENT_FILES = {
  level: 'levels/crypt.level.json',
  cues: 'assets/audio/cues.json',
  figures: 'levels/figures.json',
  cutscene: (id: string): string => `levels/cutscenes/${id}.cutscene.json`,
} as const;

export interface LoadOptions {
  /** The textures that exist (the build knows; the game trusts the build). */
  readonly textures?: ReadonlySet<string>;
}

export function loadContent(raw: RawContent, options: LoadOptions = {}): Content {
  const level = validateLevel(raw.level, CONTENT_FILES.level, options.textures ? { textures: options.textures } : {});
  const cues = validateCues({ cues: raw.cues }, CONTENT_FILES.cues);
  const sounds = new Set(Object.entries(cues).flatMap(([id, cue]) => (cue.bus === 'sfx' ? [id] : [])));
  const figures = validateFigures(raw.figures, CONTENT_FILES.figures, level, {
    cues: sounds,
    ...(options.textures ? { textures: options.textures } : {}),
  });
  const index = buildContentIndex(level, cues, Object.keys(raw.cutscenes), figures);
  const cutscenes = new Map<string, Cutscene>();
  for (const [id, data] of Object.entries(raw.cutscenes)) {
    const file = CONTENT_FILES.cutscene(id);
    const cutscene = validateCutscene(data, file, { index, speakers: level.speakers });
    if (cutscene.id !== id) throw new ContentInvalid(file, [`$.id: "${cutscene.id}" should match the file name "${id}"`]);
    cutscenes.set(id, cutscene);
  }
  return { level, figures, cues, index, cutscenes };
}

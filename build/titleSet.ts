// Build-time: which sprites the title shows, and which can wait. The title sits over the live
// crypt in its first state, so a texture only later props and poses use (his figures, the
// embrace, her other poses, the open lighter, the full glass...) is packed into a second sheet
// that loads once the title answers. Anything not named by a prop state or a pose (flames,
// halos, dust, the shaft, smoke) stays with the title: it is small, and the room draws it
// whenever it likes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LevelDef } from '../src/level/schema';
import { validateLevel } from '../src/level/validate';
import { validateFigures } from '../src/scene/validateFigures';
import { packAtlas, type PackedAtlas } from './atlas';
import { figureTextures, type FiguresDef } from '../src/scene/figures';

export function laterTextures(def: LevelDef): Set<string> {
  const shown = new Set<string>();
  const later = new Set<string>();
  for (const prop of def.props) {
    for (const [state, texture] of Object.entries(prop.states)) {
      if (texture !== null) (state === prop.initial ? shown : later).add(texture);
    }
  }
  for (const actor of def.actors) {
    // Her idle glance plays at the title too.
    const glance = actor.glance?.from === actor.initial ? actor.glance.to : null;
    const atTitle = new Set(glance === null ? [actor.initial] : [actor.initial, glance]);
    for (const [pose, { texture }] of Object.entries(actor.poses)) {
      if (texture !== null) (atTitle.has(pose) ? shown : later).add(texture);
    }
  }
  for (const texture of shown) later.delete(texture);
  return later;
}

/**
 * The whole-figure textures no one draws: a figure built from parts (levels/figures.json) draws
 * its parts, so its poses' whole pictures in the level stay bake sources (an art script may
 * compose from them) and are not shipped — unless one of its parts is such a picture (the
 * embrace).
 */
export function partsOnlyTextures(def: LevelDef, figures: FiguresDef): Set<string> {
  const drawn = new Set(figureTextures(figures));
  const unused = new Set<string>();
  for (const actor of def.actors) {
    if (!(actor.id in figures.figures)) continue;
    for (const { texture } of Object.values(actor.poses)) if (texture !== null && !drawn.has(texture)) unused.add(texture);
  }
  return unused;
}

/** The level and figure files the sprite sheets are split by (for a dev server to watch). */
export const SHEET_INPUTS = ['levels/crypt.level.json', 'levels/figures.json'] as const;

/**
 * The sprite sheets as shipped, packed from the PNGs of `root`/assets/art: the title's, and the
 * one loaded after it (null when nothing can wait). The one place the split is made, for the
 * build and for the specs that compare against it.
 */
export function packSheets(root: string): { title: PackedAtlas; late: PackedAtlas | null } {
  const [levelFile, figuresFile] = SHEET_INPUTS;
  const level = validateLevel(JSON.parse(readFileSync(join(root, levelFile), 'utf8')), levelFile);
  const figures = validateFigures(JSON.parse(readFileSync(join(root, figuresFile), 'utf8')), figuresFile, level);
  const art = join(root, 'assets/art');
  const later = laterTextures(level);
  // A figure made of parts never draws its whole poses: they are bake sources, not shipped.
  const unused = partsOnlyTextures(level, figures);
  return {
    title: packAtlas(art, (name) => !later.has(name) && !unused.has(name)),
    late: later.size > 0 ? packAtlas(art, (name) => later.has(name) && !unused.has(name)) : null,
  };
}

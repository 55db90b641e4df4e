// Build-time: which sprites the title shows, and which can wait. The title sits over the live
// crypt in its first state, so a texture only later props and poses use (his figures, the
// embrace, her other poses, the open lighter, the full glass...) is packed into a second sheet
// that loads once the title answers. Anything not named by a prop state or a pose (flames,
// halos, dust, the shaft, smoke) stays with the title: it is small, and the room draws it
// whenever it likes.
import type { LevelDef } from '../src/level/schema';
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

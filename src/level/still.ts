// Which props never change and always sit behind the figures: they can be lit once with the
// stone (src/game/render/litBackdrop.ts) instead of every frame.
import type { LevelDef } from './schema';

/** Props with one look, nothing to click, drawn below every actor: scenery, in drawing order. */
export function stillProps(scene: LevelDef): string[] {
  const front = Math.min(...scene.actors.map((a) => a.depth));
  return scene.props
    .filter((p) => Object.keys(p.states).length === 1 && Object.values(p.states)[0] !== null && p.hotspot === null && p.depth < front)
    .sort((a, b) => a.depth - b.depth)
    .map((p) => p.id);
}

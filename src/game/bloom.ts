// A soft bloom on a flame, with Phaser 4's filters: the flame's own image, blurred, added back
// over it. The filter sits on the flame alone, so its passes cover a few thousand pixels each
// rather than the whole screen (a full-screen bloom costs a pass of 1280×720 per step). It works
// in the flame texture's space, so the bloom flickers, grows and shrinks with the flame.
import Phaser from 'phaser';

/** How far the bloom may spread past the flame (flame-texture pixels), its blur, its strength. */
const BLOOM = { pad: 28, radius: 4, steps: 4, amount: 1.2 } as const;

/** Adds the bloom to a flame; the returned setter fades it (0 none … 1 full). */
export function bloom(flame: Phaser.GameObjects.Image): (strength: number) => void {
  flame.enableFilters();
  const filters = flame.filters;
  if (!filters) return () => undefined;
  const parallel = filters.internal.addParallelFilters();
  parallel.setPaddingOverride(-BLOOM.pad, -BLOOM.pad, BLOOM.pad, BLOOM.pad);
  parallel.top.addBlur(0, BLOOM.radius, BLOOM.radius, 1, 0xffffff, BLOOM.steps);
  parallel.blend.blendMode = Phaser.BlendModes.ADD;
  parallel.blend.amount = 0;
  return (strength) => {
    parallel.blend.amount = BLOOM.amount * strength;
  };
}

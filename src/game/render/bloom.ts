// A soft bloom on a flame, with Phaser 4's filters: the flame's own image, blurred, added back
// over it. The filter sits on the flame alone, so its passes cover a few thousand pixels each
// rather than the whole screen (a full-screen bloom costs a pass of 1280×720 per step). It works
// in the flame texture's space, so the bloom flickers, grows and shrinks with the flame.
// Light mode (lightMode.ts) goes without it: its filters are not even set up until the light mode
// is known to be off — setting up their render targets stalled software WebGL for a second.
import Phaser from 'phaser';
import { lightMode } from './lightMode';

/** How far the bloom may spread past the flame (flame-texture pixels), its blur, its strength. */
const BLOOM = { pad: 28, radius: 4, steps: 4, amount: 1.2 } as const;
/** A bloom that comes in late (the light mode decided after the room's fade) fades up over this. */
const LATE_FADE_MS = 600;

/** Adds the bloom to a flame; the returned setter fades it (0 none … 1 full). */
export function bloom(flame: Phaser.GameObjects.Image): (strength: number) => void {
  let parallel: Phaser.Filters.ParallelFilters | null = null;
  let strength = 0;
  let ramp = 1;
  const apply = (): void => {
    if (parallel) parallel.blend.amount = BLOOM.amount * strength * ramp;
  };
  const setUp = (): void => {
    flame.enableFilters();
    const filters = flame.filters;
    if (!filters) return;
    parallel = filters.internal.addParallelFilters();
    parallel.setPaddingOverride(-BLOOM.pad, -BLOOM.pad, BLOOM.pad, BLOOM.pad);
    parallel.top.addBlur(0, BLOOM.radius, BLOOM.radius, 1, 0xffffff, BLOOM.steps);
    parallel.blend.blendMode = Phaser.BlendModes.ADD;
    if (strength > 0) fadeUp();
    apply();
  };
  const fadeUp = (): void => {
    const scene = flame.scene;
    const start = scene.game.loop.now;
    ramp = 0;
    const step = (): void => {
      ramp = Math.min(1, (scene.game.loop.now - start) / LATE_FADE_MS);
      apply();
      if (ramp >= 1) scene.events.off(Phaser.Scenes.Events.UPDATE, step);
    };
    scene.events.on(Phaser.Scenes.Events.UPDATE, step);
  };
  const stop = lightMode.follow((light) => {
    if (!light && !parallel) setUp();
    flame.renderFilters = !light;
  });
  flame.once(Phaser.GameObjects.Events.DESTROY, stop);
  return (next) => {
    strength = next;
    apply();
  };
}

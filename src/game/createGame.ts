// The Phaser game: a fixed 1280×720 stage scaled to fit and centred; Phaser's own audio off
// (Howler owns sound); as many light slots as the scene uses, since each costs every pixel.
// The canvas's backing store is that stage, 1280×720, whatever the screen's pixel ratio: Phaser 4
// never multiplies it by devicePixelRatio, so a 3× phone draws 0.9 Mpx, not 8.3 (the bench
// measures it). Without WebGL there is no candlelight to draw: the page says so and what to do.
import Phaser from 'phaser';
import type { LevelDef } from '../level/schema';
import type { FiguresDef } from '../scene/figures';
import { BootScene } from './scenes/BootScene';
import { CryptScene, type CryptHooks } from './scenes/CryptScene';
import { lightMode } from './render/lightMode';
import { showNoWebGL } from './loading/noWebGL';
import { PreloadScene, type PreloadHooks } from './scenes/PreloadScene';
import type { DecodedTexture } from './loading/textureLoader';

export interface GameHooks extends PreloadHooks, CryptHooks {
  readonly noWebGL: () => void;
}

/** The game, or null where WebGL is unavailable (the page then explains, see noWebGL.ts). */
export function createGame(
  parent: HTMLElement,
  def: LevelDef,
  hooks: GameHooks,
  seed: number,
  textureScales: Readonly<Record<string, number>>,
  textures: Promise<readonly DecodedTexture[]>,
  figures: FiguresDef,
): Phaser.Game | null {
  // Phaser's own probe, made as this reads it (build/vite-plugin-phaser.ts): by now the GPU has
  // started beside the page (gpuWarmUp.ts), so the probe's context is quick.
  if (!Phaser.Device.Features.webGL) {
    showNoWebGL();
    hooks.noWebGL();
    return null;
  }
  const game = new Phaser.Game({
    type: Phaser.WEBGL,
    parent,
    width: def.width,
    height: def.height,
    backgroundColor: '#000000',
    audio: { noAudio: true },
    banner: false,
    // Real frame times, not smoothed and clamped: on a slow machine (or software WebGL in
    // tests) tweens still finish on time instead of crawling at the 200 ms clamp.
    fps: { smoothStep: false },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    // antialiasGL off: a 2D scene has no polygon edges to smooth, and a multisampled frame costs
    // every pixel several times over in software WebGL. Textures still filter smoothly.
    // No stencil: nothing here masks by stencil, and each render target's stencil buffer was
    // checked with the GPU on creation, a wait of a tenth of a second in software WebGL.
    render: { maxLights: def.maxLights, antialias: true, antialiasGL: false, preserveDrawingBuffer: false, stencil: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [
      new BootScene(hooks.noWebGL),
      new PreloadScene(hooks, textures, def.backdrop),
      new CryptScene(def, { ...hooks, settled: settledOnceLightModeIs(hooks.settled) }, seed, textureScales, figures),
    ],
  });
  watchFirstFrames(game);
  return game;
}

/** A bloom set up after the light mode decided late fades up over this long (bloom.ts), and a little more. */
const LATE_BLOOM_MS = 700;

/**
 * "Settled" means only flicker and motion change the frames from here on, so it waits for the
 * light mode too: left to 'auto', it decides a dozen frames behind the title, and then the film,
 * the dust or the bloom come or go.
 */
function settledOnceLightModeIs(settled: () => void): () => void {
  return () => {
    const decidedBefore = lightMode.on !== null;
    const watch = { done: false, stop: (): void => undefined };
    watch.stop = lightMode.follow((light) => {
      if (watch.done) return;
      watch.done = true;
      // Handed back on a later task: follow() may call this before it has returned.
      window.setTimeout(() => watch.stop(), 0);
      if (decidedBefore || light) settled();
      else window.setTimeout(settled, LATE_BLOOM_MS);
    });
  };
}

/** Hands the frame intervals behind the title to the light mode until it has decided. */
function watchFirstFrames(game: Phaser.Game): void {
  let watching = false;
  const step = (): void => {
    if (!watching && game.scene.isActive('crypt')) watching = true;
    else if (watching) lightMode.frame(game.loop.delta);
    if (lightMode.on !== null) game.events.off(Phaser.Core.Events.STEP, step);
  };
  game.events.on(Phaser.Core.Events.STEP, step);
}

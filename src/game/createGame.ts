// The Phaser game: a fixed 1280×720 stage scaled to fit and centred; Phaser's own audio off
// (Howler owns sound); as many light slots as the scene uses, since each costs every pixel.
import Phaser from 'phaser';
import type { SceneDef } from '../scene/schema';
import { BootScene } from './BootScene';
import { CryptScene, type CryptHooks } from './CryptScene';
import { PreloadScene, type PreloadHooks } from './PreloadScene';
import type { DecodedTexture } from './textureLoader';

export interface GameHooks extends PreloadHooks, CryptHooks {
  readonly noWebGL: () => void;
}

export function createGame(
  parent: HTMLElement,
  def: SceneDef,
  hooks: GameHooks,
  seed: number,
  textureScales: Readonly<Record<string, number>>,
  textures: Promise<readonly DecodedTexture[]>,
): Phaser.Game {
  return new Phaser.Game({
    type: Phaser.AUTO,
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
    render: { maxLights: def.maxLights, antialias: true, antialiasGL: false, preserveDrawingBuffer: false },
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    scene: [new BootScene(hooks.noWebGL), new PreloadScene(hooks, textures), new CryptScene(def, hooks, seed, textureScales)],
  });
}

// Air and film: dust drifting through the candlelight, the cigarette's smoke plume, the cool
// shaft from the stairs, grain and a vignette. Purely visual; the story never asks for it.
import Phaser from 'phaser';
import type { Point, SceneDef } from '../scene/schema';
import { vignetteAt } from '../scene/vignette';
import { textureFrame } from './textures';

export class Atmosphere {
  private dust: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private smoke: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private grain: Phaser.GameObjects.TileSprite | null = null;
  private readonly vignette: Phaser.GameObjects.Image;
  private reducedMotion = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly def: SceneDef,
  ) {
    const shaft = textureFrame(scene.textures, 'shaft');
    const dust = textureFrame(scene.textures, 'dust');
    if (shaft) {
      scene.add.image(def.width, 0, ...shaft).setOrigin(1, 0).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.35).setDepth(15);
    }
    if (dust) {
      this.dust = scene.add.particles(0, 0, dust[0], {
        frame: dust[1],
        x: { min: 0, max: def.width },
        y: { min: 0, max: def.height },
        lifespan: 9000,
        speedX: { min: -6, max: 6 },
        speedY: { min: -4, max: 3 },
        scale: { min: 0.3, max: 0.9 },
        alpha: { start: 0.35, end: 0, ease: 'Sine.easeIn' },
        frequency: 160,
        quantity: 1,
        blendMode: Phaser.BlendModes.ADD,
      });
      this.dust.setDepth(80);
    }
    if (scene.textures.exists('grain')) {
      this.grain = scene.add
        .tileSprite(0, 0, def.width, def.height, 'grain')
        .setOrigin(0, 0)
        .setScrollFactor(0)
        .setAlpha(0.05)
        .setBlendMode(Phaser.BlendModes.SCREEN)
        .setDepth(1000);
    }
    // An image, not a camera filter: a filter renders the whole frame again (in software
    // WebGL it doubled the frame's cost); this is one blended quad. It follows the camera.
    this.vignette = scene.add.image(0, 0, vignetteTexture(scene)).setDepth(999);
  }

  /** Keeps the vignette on the frame's edges whatever the camera's shot. */
  private frameVignette(): void {
    const view = this.scene.cameras.main.worldView;
    this.vignette.setPosition(view.centerX, view.centerY).setDisplaySize(view.width, view.height);
  }

  /** Reduced motion stills the grain and the dust. */
  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
    if (reduced) {
      this.dust?.stop();
      this.dust?.killAll();
    } else {
      this.dust?.start();
    }
  }

  /** The resting cigarette's plume: lit smoke rising and curling from its tip. */
  setSmoke(at: Point | null): void {
    if (at === null) {
      this.smoke?.stop();
      return;
    }
    const smoke = textureFrame(this.scene.textures, 'smoke');
    if (!this.smoke && smoke) {
      this.smoke = this.scene.add.particles(at.x, at.y, smoke[0], {
        frame: smoke[1],
        lifespan: 4200,
        speedY: { min: -26, max: -14 },
        speedX: { min: -4, max: 6 },
        accelerationX: { min: -3, max: 5 },
        scale: { start: 0.08, end: 0.55 },
        alpha: { start: 0.32, end: 0 },
        rotate: { min: 0, max: 360 },
        frequency: 140,
        blendMode: Phaser.BlendModes.NORMAL,
      });
      this.smoke.setDepth(60).setLighting(true);
    }
    this.smoke?.setPosition(at.x, at.y);
    this.smoke?.start();
  }

  /** Grain jumps each frame along a fixed sequence, so a seeded test run repeats exactly. */
  update(frame: number): void {
    this.frameVignette();
    if (this.grain && !this.reducedMotion) {
      this.grain.tilePositionX = (frame * 97) % 256;
      this.grain.tilePositionY = (frame * 57) % 256;
    }
  }

  get width(): number {
    return this.def.width;
  }
}

const VIGNETTE = { key: 'vignette', width: 320, height: 180, radius: 0.85, strength: 0.55 } as const;

/** Black with the vignette's darkness as alpha, small (it is smooth) and scaled to the frame. */
function vignetteTexture(scene: Phaser.Scene): string {
  if (scene.textures.exists(VIGNETTE.key)) return VIGNETTE.key;
  const { width, height } = VIGNETTE;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const pixels = ctx.createImageData(width, height);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        pixels.data[(y * width + x) * 4 + 3] = Math.round(255 * vignetteAt((x + 0.5) / width, (y + 0.5) / height, VIGNETTE.radius, VIGNETTE.strength));
      }
    }
    ctx.putImageData(pixels, 0, 0);
  }
  scene.textures.addCanvas(VIGNETTE.key, canvas);
  return VIGNETTE.key;
}


// Air and film: dust drifting through the candlelight, the cigarette's smoke plume, the cool
// shaft from the stairs, grain and a vignette. Purely visual; the story never asks for it.
import Phaser from 'phaser';
import type { Point, LevelDef } from '../../level/schema';
import { FilmOverlay } from '../film/filmOverlay';
import { lightMode } from './lightMode';
import { textureFrame } from '../loading/textures';

export class Atmosphere {
  private dust: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private smoke: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private breath: Phaser.GameObjects.Particles.ParticleEmitter | null = null;
  private readonly film: FilmOverlay;
  /** The cool light from the stairs: still, so it is lit into the backdrop with the stone. */
  readonly shaft: Phaser.GameObjects.Image | null = null;
  private reducedMotion = false;
  /** Light mode (lightMode.ts) goes without the dust. */
  private light = false;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly def: LevelDef,
  ) {
    const shaft = textureFrame(scene.textures, 'shaft');
    const dust = textureFrame(scene.textures, 'dust');
    if (shaft) {
      this.shaft = scene.add
        .image(def.width, 0, ...shaft)
        .setOrigin(1, 0)
        .setBlendMode(Phaser.BlendModes.ADD)
        .setAlpha(0.35)
        .setDepth(15);
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
    this.film = new FilmOverlay(scene);
    const stop = lightMode.follow((light) => {
      this.light = light;
      this.showDust();
    });
    scene.events.once(Phaser.Scenes.Events.DESTROY, stop);
  }

  /** Reduced motion stills the grain and the dust. */
  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
    this.showDust();
  }

  private showDust(): void {
    if (this.reducedMotion || this.light) {
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

  /** The plume goes where the cigarette goes (in her hand, in his). */
  moveSmoke(at: Point): void {
    this.smoke?.setPosition(at.x, at.y);
  }

  /** A breath of smoke let out of a mouth: a few slow puffs drifting forward and up. */
  puff(at: Point): void {
    const smoke = textureFrame(this.scene.textures, 'smoke');
    if (!smoke || this.reducedMotion) return;
    this.breath ??= this.scene.add
      .particles(0, 0, smoke[0], {
        frame: smoke[1],
        lifespan: { min: 1600, max: 2600 },
        speedY: { min: -18, max: -6 },
        speedX: { min: -10, max: 16 },
        scale: { start: 0.06, end: 0.42 },
        alpha: { start: 0.4, end: 0 },
        rotate: { min: 0, max: 360 },
        emitting: false,
        blendMode: Phaser.BlendModes.NORMAL,
      })
      .setDepth(60)
      .setLighting(true);
    this.breath.explode(7, at.x, at.y);
  }

  /** Grain jumps each frame along a fixed sequence, so a seeded test run repeats exactly. */
  update(frame: number): void {
    this.film.update(this.reducedMotion ? null : frame);
  }

  get width(): number {
    return this.def.width;
  }
}

// The candles, the lighter and the ember: Phaser lights with seeded flicker, unlit additive
// flame sprites with a soft bloom (bloom.ts), on/off fades, and the room's mood (ambient colour
// and light scale).
import Phaser from 'phaser';
import { flickerAt, seedOf } from '../../scene/flicker';
import type { LightDef, MoodDef, LevelDef } from '../../level/schema';
import { bloom } from './bloom';
import type { LitBackdrop } from './litBackdrop';
import { textureFrame } from '../loading/textures';

interface RigLight {
  readonly def: LightDef;
  readonly light: Phaser.GameObjects.Light;
  readonly flame: Phaser.GameObjects.Image | null;
  readonly halo: Phaser.GameObjects.Image | null;
  readonly seed: number;
  /** 0 when off, 1 when on; tweened. */
  level: number;
  /** A moment's extra brightness (the ember as she draws), tweened back to 0. */
  readonly boost: { v: number };
}

export class LightingRig {
  private readonly rig = new Map<string, RigLight>();
  private mood: { ambient: Phaser.Display.Color; lightScale: number };
  reducedFlicker = false;
  /** The stone, lit at the lights' steady strength (see litBackdrop.ts). */
  backdrop: LitBackdrop | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly def: LevelDef,
    seedBase: number,
  ) {
    scene.lights.enable();
    const start = def.moods[def.initialMood];
    this.mood = { ambient: Phaser.Display.Color.IntegerToColor(start?.ambient ?? 0x111111), lightScale: start?.lightScale ?? 1 };
    scene.lights.setAmbientColor(this.mood.ambient.color);
    for (const light of def.lights) {
      const l = scene.lights.addLight(light.x, light.y, light.radius, light.color, light.intensity, light.z);
      let flame: Phaser.GameObjects.Image | null = null;
      let halo: Phaser.GameObjects.Image | null = null;
      const flameFrame = light.flame ? textureFrame(scene.textures, light.flame.texture) : null;
      const glowFrame = textureFrame(scene.textures, def.glowTexture);
      if (light.flame && flameFrame) {
        // A soft additive glow image, not a PointLight: same look, a fraction of the fill cost.
        if (glowFrame) {
          halo = scene.add
            .image(light.x, light.y - 6, ...glowFrame)
            .setBlendMode(Phaser.BlendModes.ADD)
            .setTint(light.color)
            .setDepth(90);
          halo.setDisplaySize(light.radius * 0.5, light.radius * 0.5);
        }
        flame = scene.add
          .image(light.x, light.y, ...flameFrame)
          .setOrigin(0.5, 0.9)
          .setScale(light.flame.scale)
          .setBlendMode(Phaser.BlendModes.ADD)
          .setDepth(91);
      }
      this.rig.set(light.id, {
        def: light,
        light: l,
        flame,
        halo,
        seed: seedOf(light.id, seedBase),
        level: light.on ? 1 : 0,
        boost: { v: 0 },
      });
    }
  }

  /** Switches a light on or off, fading over `ms`. */
  setOn(id: string, on: boolean, ms: number): void {
    const entry = this.rig.get(id);
    if (!entry) return;
    this.scene.tweens.killTweensOf(entry);
    if (ms <= 0) entry.level = on ? 1 : 0;
    else this.scene.tweens.add({ targets: entry, level: on ? 1 : 0, duration: ms, ease: 'Sine.easeInOut' });
  }

  /**
   * Moves a light, its flame and its halo (the lighter in her hand). The stone keeps the light
   * where it was lit (litBackdrop.ts): a hand's reach away, which the lit figures and props hide.
   */
  moveLight(id: string, x: number, y: number): void {
    const entry = this.rig.get(id);
    if (!entry) return;
    entry.light.x = x;
    entry.light.y = y;
    entry.flame?.setPosition(x, y);
    entry.halo?.setPosition(x, y - 6);
  }

  /** The light flares for a moment and settles (an ember as someone draws on it). */
  pulse(id: string): void {
    const entry = this.rig.get(id);
    if (!entry) return;
    this.scene.tweens.killTweensOf(entry.boost);
    entry.boost.v = 1.4;
    this.scene.tweens.add({ targets: entry.boost, v: 0, duration: 1400, ease: 'Sine.easeOut' });
  }

  /** Moves the whole room towards a mood over `ms`. */
  setMood(mood: MoodDef, ms: number): void {
    const from = this.mood.ambient.clone();
    const to = Phaser.Display.Color.IntegerToColor(mood.ambient);
    const state = { t: 0, scale: this.mood.lightScale };
    const apply = (): void => {
      const c = Phaser.Display.Color.Interpolate.ColorWithColor(from, to, 1, state.t);
      this.mood.ambient = new Phaser.Display.Color(c.r, c.g, c.b);
      this.mood.lightScale = state.scale;
      this.scene.lights.setAmbientColor(this.mood.ambient.color);
    };
    if (ms <= 0) {
      state.t = 1;
      state.scale = mood.lightScale;
      apply();
      return;
    }
    this.scene.tweens.add({ targets: state, t: 1, scale: mood.lightScale, duration: ms, ease: 'Sine.easeInOut', onUpdate: apply });
  }

  /**
   * Blooms the flames, fading in over `ms`. Not done with the rest of the room: each bloom's
   * first draw sets up its own render targets and shaders, which held back the title's first
   * frame by a third of a second in software WebGL; the scene calls this once the title is up.
   */
  bloomFlames(ms: number, done: () => void): void {
    const setters = [...this.rig.values()].flatMap((entry) => (entry.flame ? [bloom(entry.flame)] : []));
    // Driven by the loop's own clock rather than a tween: drawing a saved state kills every tween.
    const start = this.scene.game.loop.now;
    const fade = (): void => {
      const t = Math.min(1, (this.scene.game.loop.now - start) / ms);
      for (const set of setters) set(0.5 - 0.5 * Math.cos(Math.PI * t));
      if (t < 1) return;
      this.scene.events.off(Phaser.Scenes.Events.UPDATE, fade);
      done();
    };
    this.scene.events.on(Phaser.Scenes.Events.UPDATE, fade);
  }

  /** Called every frame with the game clock, so flicker is a pure function of time. */
  update(timeMs: number): void {
    if (this.backdrop) {
      let key = `${this.mood.ambient.color}:${this.mood.lightScale.toFixed(3)}`;
      for (const entry of this.rig.values()) {
        entry.light.setIntensity(entry.def.intensity * this.mood.lightScale * entry.level);
        entry.light.setVisible(entry.level > 0.001);
        key += `:${entry.level.toFixed(3)}`;
      }
      this.backdrop.relight(key);
    }
    for (const entry of this.rig.values()) {
      const flicker = flickerAt(entry.def.flicker, entry.seed, timeMs, this.reducedFlicker);
      const level = entry.level;
      entry.light.setIntensity(entry.def.intensity * this.mood.lightScale * flicker * level * (1 + entry.boost.v));
      entry.light.setVisible(level > 0.001);
      if (entry.flame) {
        const base = entry.def.flame?.scale ?? 1;
        entry.flame.setVisible(level > 0.001).setAlpha(Math.min(1, level * 1.2));
        entry.flame.setScale(base * (0.92 + 0.08 * flicker), base * (0.85 + 0.15 * flicker) * (0.4 + 0.6 * level));
      }
      if (entry.halo) entry.halo.setVisible(level > 0.001).setAlpha(0.35 * flicker * level);
    }
  }

  get lightCount(): number {
    return this.rig.size;
  }
}

// The crypt. A thin scene: it draws the scene state and runs commands with their timing;
// it never decides anything about the story.
import Phaser from 'phaser';
import type { LevelDef } from '../../level/schema';
import type { SceneState } from '../../scene/state';
import type { Command } from '../../story/commands';
import { Atmosphere } from '../render/atmosphere';
import { cameraView } from '../render/cameraView';
import { LightingRig } from '../render/lightingRig';
import { LitBackdrop } from '../render/litBackdrop';
import { stillProps } from '../../level/still';
import { SceneObjects } from '../render/sceneObjects';
import { FigureRig } from '../render/figureRig';
import type { FigureRoot } from '../render/figureRoot';
import type { FiguresDef } from '../../scene/figures';
import { ChangeTimer, type RoomChange } from '../../scene/changeTimer';
import { textureFrame } from '../loading/textures';

/** The flames' bloom comes in once the first frames (the title) are drawn; see LightingRig. */
const BLOOM_AFTER_FRAMES = 3;
const BLOOM_FADE_MS = 600;

export interface CryptHooks {
  readonly created: (scene: CryptScene) => void;
  /** The game clock in ms; it stops while paused, so flicker and cutscenes freeze. */
  readonly clock: () => number;
  /** The camera's view of the scene moved, so the DOM hotspots must follow it. */
  readonly cameraMoved: (view: { x: number; y: number; zoom: number }) => void;
  /** A line's sound is due: at once, or at the moment an action of the same line makes it. */
  readonly sound: (cue: string) => void;
  /** Every effect is in: the flames' bloom, which comes in after the first frames, has faded up. */
  readonly settled: () => void;
  /**
   * What the figures do, for the page to report: the actions playing ("buffy take_lighter"),
   * and each shown figure's rectangle on the stage (x, y, w, h in 1280×720 stage pixels) and in
   * the scene (where the camera does not move it: the figure's own motion alone).
   */
  readonly figures?: (
    acting: string,
    rects: Readonly<Record<string, readonly [number, number, number, number]>>,
    extents: Readonly<Record<string, readonly [number, number, number, number]>>,
  ) => void;
  /** A prop's look was shown (the lighter "open", the glass "full"), for the page to report. */
  readonly propShown?: (prop: string, look: string) => void;
}

export class CryptScene extends Phaser.Scene {
  private rig!: LightingRig;
  private objects!: SceneObjects;
  private figures!: FigureRig;
  private atmosphere!: Atmosphere;
  private halo: Phaser.GameObjects.Image | null = null;
  private frame = 0;
  private reducedMotion = false;
  private lastView = '';
  private shot = '';
  private lastActing = '';
  private reportedAt = -Infinity;
  /** Props and lights an action changes with the hand wait here for its moment. */
  private readonly timer = new ChangeTimer();
  /** The sounds some action makes with the hand (an `sfx` change in levels/figures.json). */
  private readonly handSounds: ReadonlySet<string>;

  constructor(
    private readonly def: LevelDef,
    private readonly hooks: CryptHooks,
    private readonly seed: number,
    private readonly textureScales: Readonly<Record<string, number>>,
    private readonly figureDefs: FiguresDef,
  ) {
    super('crypt');
    this.handSounds = new Set(
      Object.values(figureDefs.figures).flatMap((figure) =>
        Object.values(figure.actions).flatMap((action) => action.changes.flatMap((c) => (c.kind === 'sfx' ? [c.cue] : []))),
      ),
    );
  }

  /**
   * Whether a line's sound may wait for a hand: only a sound some action makes. Any other (the
   * heartbeat, a gasp) sounds at once, in its place among the story's commands.
   */
  timesSound(cue: string): boolean {
    return this.handSounds.has(cue);
  }

  create(): void {
    const { width, height } = this.def;
    // Tweens keep real time on slow frames: Phaser otherwise treats any frame over 500 ms as
    // lag and advances tweens by 33 ms, so a two-second walk could take a minute.
    this.tweens.setLagSmooth(10_000, 33);
    this.rig = new LightingRig(this, this.def, this.seed);
    this.objects = new SceneObjects(this, this.def, this.textureScales, this.seed, new Set(Object.keys(this.figureDefs.figures)));
    this.atmosphere = new Atmosphere(this, this.def);
    this.figures = new FigureRig(this, this.def, this.figureDefs, this.textureScales, this.seed, {
      propImage: (id) => this.objects.propImage(id),
      moveLight: (id, x, y) => this.rig.moveLight(id, x, y),
      pulseLight: (id) => this.rig.pulse(id),
      moveSmoke: (at) => this.atmosphere.moveSmoke(at),
      puff: (at) => this.atmosphere.puff(at),
      clock: () => this.hooks.clock(),
    });
    if (this.textures.exists(this.def.backdrop)) {
      const stone = this.add.image(0, 0, this.def.backdrop).setOrigin(0, 0).setDepth(0).setLighting(true);
      const props = stillProps(this.def).flatMap((id) => this.objects.propImage(id) ?? []);
      const still = [...props, ...(this.atmosphere.shaft ? [this.atmosphere.shaft] : [])].sort((a, b) => a.depth - b.depth);
      this.rig.backdrop = new LitBackdrop(this, stone, still);
    }
    this.cameras.main.setBounds(0, 0, width, height).setBackgroundColor(0x000000);
    this.showShot(this.def.initialShot, 0);
    performance.mark('every-night:crypt-created');
    this.hooks.created(this);
  }

  override update(): void {
    this.frame++;
    if (this.frame === BLOOM_AFTER_FRAMES) this.rig.bloomFlames(BLOOM_FADE_MS, () => this.hooks.settled());
    this.rig.update(this.hooks.clock());
    this.objects.animate(this.hooks.clock(), this.reducedMotion);
    for (const { change, ms } of this.timer.due(this.hooks.clock())) this.show(change, ms);
    this.figures.update(this.hooks.clock());
    this.reportFigures();
    this.atmosphere.update(this.frame);
    const { x, y, zoom } = cameraView(this.cameras.main);
    const view = { x, y, zoom };
    const key = `${view.x.toFixed(1)},${view.y.toFixed(1)},${view.zoom.toFixed(3)}`;
    if (key !== this.lastView) {
      this.lastView = key;
      this.hooks.cameraMoved(view);
    }
  }

  /** Tells the page what the figures do: at once when an action starts or ends, else a few times a second. */
  private reportFigures(): void {
    if (!this.hooks.figures) return;
    const acting = this.figures.acting(this.hooks.clock());
    const now = this.game.loop.now;
    if (acting === this.lastActing && now - this.reportedAt < 250) return;
    this.lastActing = acting;
    this.reportedAt = now;
    const cam = cameraView(this.cameras.main);
    const rects: Record<string, readonly [number, number, number, number]> = {};
    const extents: Record<string, readonly [number, number, number, number]> = {};
    for (const [id, r] of Object.entries(this.figures.extents())) {
      rects[id] = [(r.x - cam.x) * cam.zoom, (r.y - cam.y) * cam.zoom, r.width * cam.zoom, r.height * cam.zoom];
      extents[id] = [r.x, r.y, r.width, r.height];
    }
    this.hooks.figures(acting, rects, extents);
  }

  setReduced(flicker: boolean, motion: boolean): void {
    this.rig.reducedFlicker = flicker;
    this.reducedMotion = motion;
    this.atmosphere.setReducedMotion(motion);
    this.figures.setReducedMotion(motion);
  }

  /** Draws a whole state at once (a new game, a loaded save, a skipped cutscene). */
  restore(state: SceneState): void {
    this.tweens.killAll();
    this.objects.clearGhosts();
    this.timer.clear();
    for (const [prop, value] of Object.entries(state.props)) this.show({ kind: 'prop', prop, state: value }, 0);
    for (const [light, on] of Object.entries(state.lights)) this.rig.setOn(light, on, 0);
    for (const [actor, pose] of Object.entries(state.actors))
      if (!this.figures.has(actor)) this.runCommand({ kind: 'actor', actor, pose }, 0);
    this.figures.restore(state.actors, state.acts ?? {});
    this.runCommand({ kind: 'mood', mood: state.mood }, 0);
    this.showShot(state.shot, 0);
    const cam = this.cameras.main;
    cam.resetFX();
    if (state.black) cam.fadeOut(0);
  }

  /**
   * Upright, the screen shows only the middle of the picture (src/ui/stageLayout.ts), so the
   * camera must put the shot's subject in the middle even near the scene's sides: it may look
   * past them sideways (what it would show there is outside the crop). Sideways, the scene's
   * edges bound it, as they always have.
   */
  setFraming(orientation: 'landscape' | 'portrait'): void {
    const { width, height } = this.def;
    const cam = this.cameras.main;
    if (orientation === 'portrait') cam.setBounds(-width, 0, width * 3, height);
    else cam.setBounds(0, 0, width, height);
    this.showShot(this.shot || this.def.initialShot, 0);
  }

  /**
   * Runs one command, its change taking `ms`. A prop's look, a light or a line's sound shows (or
   * sounds) on the next frame, or, when an action of the same line makes it with the hand, at that
   * moment of the action (src/scene/changeTimer.ts).
   */
  runCommand(command: Command, ms: number): void {
    switch (command.kind) {
      case 'prop':
      case 'light':
      case 'sfx':
        this.timer.change(command, ms);
        return;
      case 'actor':
        this.timer.stop(command.actor);
        if (this.figures.has(command.actor)) this.figures.showPose(command.actor, command.pose, ms);
        else this.objects.showPose(command.actor, command.pose, ms);
        return;
      case 'act': {
        // An action keeps its own time: the blend only says how a plain change would fade.
        const action = this.figureDefs.figures[command.actor]?.actions[command.action];
        if (action) this.timer.act(command.actor, action, this.hooks.clock());
        this.figures.act(command.actor, command.action);
        return;
      }
      case 'mood': {
        const mood = this.def.moods[command.mood];
        if (mood) this.rig.setMood(mood, ms);
        return;
      }
      case 'shot':
        this.showShot(command.shot, ms);
        return;
      default:
        return;
    }
  }

  /** Shows a prop's look (and its resting smoke) or a light, or sounds a cue, now. */
  private show(change: RoomChange, ms: number): void {
    if (change.kind === 'sfx') {
      this.hooks.sound(change.cue);
      return;
    }
    if (change.kind === 'light') {
      this.rig.setOn(change.light, change.on, Math.max(ms, 250));
      return;
    }
    this.objects.showProp(change.prop, change.state, ms);
    this.hooks.propShown?.(change.prop, change.state);
    const prop = this.def.props.find((p) => p.id === change.prop);
    if (prop?.smoke) this.atmosphere.setSmoke(change.state === prop.smoke.whileState ? prop.smoke : null);
  }

  /** An actor's figure, for cutscene staging (the lean, the dissolve). */
  actorRoot(id: string): FigureRoot | null {
    return this.figures.root(id);
  }

  /** The images an actor is drawn with now (the smoke he comes apart into rises from them). */
  actorParts(id: string): Phaser.GameObjects.Image[] {
    return this.figures.partRects(id);
  }

  /** A soft glow over the object under the pointer or focus. */
  highlight(propId: string | null): void {
    const prop = propId === null ? undefined : this.def.props.find((p) => p.id === propId);
    if (!prop?.hotspot) {
      this.halo?.setVisible(false);
      return;
    }
    const { x, y, w, h } = prop.hotspot;
    this.halo ??= this.add
      .image(0, 0, ...(textureFrame(this.textures, this.def.glowTexture) ?? ['__DEFAULT', undefined]))
      .setBlendMode(Phaser.BlendModes.ADD)
      .setTint(0xffe2b0)
      .setAlpha(0.45)
      .setDepth(95);
    const size = Math.max(w, h) * 1.8;
    this.halo
      .setPosition(x + w / 2, y + h / 2)
      .setDisplaySize(size, size)
      .setVisible(true);
  }

  fade(toBlack: boolean, ms: number): void {
    const cam = this.cameras.main;
    if (toBlack) cam.fadeOut(ms, 0, 0, 0);
    else cam.fadeIn(ms, 0, 0, 0);
  }

  private showShot(id: string, ms: number): void {
    const shot = this.def.shots[id];
    if (!shot) return;
    this.shot = id;
    const cam = this.cameras.main;
    const duration = this.reducedMotion ? 0 : ms;
    if (duration <= 0) {
      cam.setZoom(shot.zoom);
      cam.centerOn(shot.x, shot.y);
      return;
    }
    cam.pan(shot.x, shot.y, duration, 'Sine.easeInOut', true);
    cam.zoomTo(shot.zoom, duration, 'Sine.easeInOut', true);
  }
}

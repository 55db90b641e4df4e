// All sound goes through here. One Sound per cue, created once and replayed. Music, ambience and
// the room's layers are loop voices whose gain is recomputed on a short tick while anything
// moves (a crossfade, the duck, a pause) and ramped between ticks, so nothing steps.
import type { CueDef } from '../story/contentIndex';
import type { Settings } from '../save/settings';
import type { Command } from '../story/commands';
import type { AudioBackend, Sound } from './backend';
import { DripSchedule, leaksFor, type Drip } from './drips';
import { howlerBackend } from './howlerBackend';
import { cueVolume } from './mix';
import { audioSessionType, shouldResume } from './phoneAudio';
import { validatePlayback, type Playback } from './playback';
import { DuckRamp, Fade, musicStop } from './ramps';
import playbackJson from '../../assets/audio/playback.json';

export type AudioUrls = (cue: string) => readonly string[];

const MUSIC_FADE_MS = 2500;
const LOOP_FADE_MS = 1200;
/** Gains are set this often while they move, each step a linear ramp to the next. */
export const TICK_MS = 40;
/** The sprite every loop plays: its seamless lap inside the padded file. */
export const LAP = 'lap';

interface LoopVoice {
  readonly cue: string;
  readonly id: number;
  readonly slot: string;
  /** Null until the sound really starts (it may still be loading). */
  fade: Fade | null;
  fadeInMs: number;
  lastSet: number;
  leaving: boolean;
}

interface Play {
  readonly cue: string;
  readonly id: number;
  readonly loop: boolean;
  /** The cutscene that started it, or null for the story. */
  readonly scope: string | null;
}

export interface VoiceLevel {
  readonly cue: string;
  /** The gain the mix gives it now. */
  readonly level: number;
  /** Its gain with no duck and no fade: what "full level" means for it now. */
  readonly full: number;
  /** The gain the sound library reports. */
  readonly reported: number;
  readonly leaving: boolean;
}

export interface AudioLevels {
  readonly duckDb: number;
  readonly duckHolders: readonly string[];
  readonly voices: readonly (VoiceLevel & { readonly slot: string })[];
  readonly music: VoiceLevel | null;
  readonly ambience: VoiceLevel | null;
}

export interface AudioServiceOptions {
  readonly backend?: AudioBackend;
  readonly playback?: Playback;
  /** Seeds the drips (random by default: the room never repeats). */
  readonly seed?: number;
}

export class AudioService {
  private readonly sounds = new Map<string, Sound>();
  private readonly backend: AudioBackend;
  private readonly playback: Playback;
  private settings: Settings;
  private readonly ducks = new DuckRamp();
  /** slot ('music', 'ambience', 'layer:<cue>') → its voice; leaving voices fade out on the side. */
  private readonly slots = new Map<string, LoopVoice>();
  private readonly leaving: LoopVoice[] = [];
  private readonly plays = new Map<string, Play>();
  private scope: string | null = null;
  private stopTicker: (() => void) | null = null;
  private pausedByTab = false;
  private pauseFade = 1;
  private drips: { schedule: DripSchedule; cue: string; cancel: () => void } | null = null;
  private readonly seed: number;
  /** The last cues started, newest last: what the game has actually asked to hear. */
  readonly played: string[] = [];
  /** When each cue last started (page clock, ms): when it was heard, for tests and tools. */
  readonly startedAt: Record<string, number> = {};

  constructor(
    private readonly cues: Readonly<Record<string, CueDef>>,
    private readonly urls: AudioUrls,
    settings: Settings,
    /** A cue with a caption sounded: its id and its English caption (shown in the player's language). */
    private readonly onCaption: (cueId: string, caption: string) => void,
    options: AudioServiceOptions = {},
  ) {
    this.settings = settings;
    this.backend = options.backend ?? howlerBackend();
    this.playback = options.playback ?? validatePlayback(playbackJson, 'assets/audio/playback.json', new Set(Object.keys(cues)));
    this.seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
    this.backend.watchContext?.(() => this.wake());
    this.backend.sessionType?.(audioSessionType(settings));
  }

  /** Whether the browser has let sound start (after the first click or key). */
  get unlocked(): boolean {
    return this.backend.contextState() === 'running';
  }

  /** The Web Audio context's state; 'none' until the first sound is made (after the title). */
  get contextState(): string {
    return this.backend.contextState();
  }

  /** Creates the effect and ambience sounds ahead of time; music loads when first asked for. */
  preloadEffects(): void {
    for (const [id, cue] of Object.entries(this.cues)) if (cue.bus !== 'music') this.sound(id);
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.backend.sessionType?.(audioSessionType(settings));
    this.touch();
  }

  play(cueId: string, pan = 0): void {
    const cue = this.cues[cueId];
    if (!cue) return;
    if (cue.caption) this.onCaption(cueId, cue.caption);
    const sound = this.sound(cueId);
    const id = this.isLooped(cueId) ? sound.play(LAP) : sound.play();
    this.remember(cueId);
    sound.volume(cueVolume(cue, this.settings, false) * this.pauseFade, id);
    if (pan !== 0) sound.stereo(pan, id);
    const key = owner(cueId, id);
    this.plays.set(key, { cue: cueId, id, loop: cue.loop, scope: this.scope });
    if (cue.duck) {
      this.ducks.hold(key, this.backend.now());
      this.touch();
    }
  }

  /** Stops every play of a cue, and lets go of the duck it held. */
  stopCue(cueId: string): void {
    for (const [key, p] of [...this.plays]) if (p.cue === cueId) this.endPlay(key, true);
    this.touch();
  }

  setMusic(cueId: string | null): void {
    if (cueId === null) this.stopMusic();
    else this.swap('music', cueId, MUSIC_FADE_MS);
  }

  setAmbience(cueId: string | null): void {
    this.swap('ambience', cueId, LOOP_FADE_MS);
    // The room's own layers (the candles) and its drips come and go with it.
    const room = cueId === null ? undefined : this.playback.rooms[cueId];
    const layers = new Set(room?.layers ?? []);
    for (const slot of [...this.slots.keys()]) {
      if (slot.startsWith('layer:') && !layers.has(slot.slice(6))) this.swap(slot, null, LOOP_FADE_MS);
    }
    for (const layer of layers) this.swap(`layer:${layer}`, layer, LOOP_FADE_MS);
    this.startDrips(room?.drips ?? null);
  }

  /** Music and ambience fade down while the game is paused. */
  setPausedFade(paused: boolean): void {
    this.pauseFade = paused ? 0.3 : 1;
    this.touch();
  }

  /** A hidden tab pauses every sound; showing it again resumes them. */
  setHidden(hidden: boolean): void {
    if (hidden === this.pausedByTab) return;
    this.pausedByTab = hidden;
    this.backend.suspend(hidden);
  }

  /**
   * A touch or key has ended, the tab came back, or the context changed state: sound that a phone
   * stopped (an iPhone's call leaves it 'interrupted') starts again, unless the page is hidden.
   */
  wake(): void {
    if (shouldResume(this.backend.contextState(), this.pausedByTab)) this.backend.suspend(false);
  }

  /** Holds (or lets go of) a duck owned by the caller, e.g. the kiss itself. */
  duck(on: boolean, ownerId = 'manual'): void {
    if (on) this.ducks.hold(ownerId, this.backend.now());
    else this.ducks.release(ownerId, this.backend.now());
    this.touch();
  }

  /** Runs a story or cutscene command if it is a sound one; false when it is not. */
  handle(command: Command, pan: number): boolean {
    if (command.kind === 'sfx') this.play(command.cue, pan);
    else if (command.kind === 'music') this.setMusic(command.cue);
    else if (command.kind === 'ambience') this.setAmbience(command.cue);
    else return false;
    return true;
  }

  /**
   * A cutscene begins: what the story left looping (the heartbeat under "His mouth is cool")
   * ends here with its duck, and what the cutscene starts from now on is its own.
   */
  cutsceneStarted(id: string): void {
    for (const [key, p] of [...this.plays]) if (p.loop && p.scope === null) this.endPlay(key, true);
    this.scope = id;
    this.touch();
  }

  /**
   * A cutscene (if any) is over and looping effects belong to their moment: every looping
   * effect stops, and every duck the cutscene's sounds held is let go, even of a one-shot still
   * ringing. Called whenever the game leaves a cutscene.
   */
  stopLoopingEffects(): void {
    const scope = this.scope;
    for (const [key, p] of [...this.plays]) {
      if (p.loop && this.cues[p.cue]?.bus === 'sfx') this.endPlay(key, true);
      else if (scope !== null && p.scope === scope) this.ducks.release(key, this.backend.now());
    }
    this.scope = null;
    this.touch();
  }

  isPlaying(cueId: string): boolean {
    return this.sounds.get(cueId)?.playing() ?? false;
  }

  /** What the mix is doing now (read by the browser specs through the ?debug handle). */
  levels(): AudioLevels {
    const now = this.backend.now();
    const view = (v: LoopVoice): VoiceLevel & { slot: string } => ({
      slot: v.slot,
      cue: v.cue,
      level: this.levelOf(v, now),
      full: this.fullOf(v.cue),
      reported: this.sounds.get(v.cue)?.volumeOf(v.id) ?? 0,
      leaving: v.leaving,
    });
    const music = this.slots.get('music'),
      ambience = this.slots.get('ambience');
    return {
      duckDb: this.ducks.dbAt(now),
      duckHolders: this.ducks.holders,
      voices: [...this.slots.values(), ...this.leaving].map(view),
      music: music ? view(music) : null,
      ambience: ambience ? view(ambience) : null,
    };
  }

  // ── Loops ────────────────────────────────────────────────────────────────────────────

  private swap(slot: string, next: string | null, fadeMs: number): void {
    const current = this.slots.get(slot);
    if (current?.cue === next && !current.leaving) return;
    const now = this.backend.now();
    if (current) this.leave(current, 0, fadeMs, now);
    if (next === null || !this.cues[next]) {
      this.slots.delete(slot);
      this.touch();
      return;
    }
    const sound = this.sound(next);
    const id = this.isLooped(next) ? sound.play(LAP) : sound.play();
    this.remember(next);
    sound.volume(0, id);
    const voice: LoopVoice = { cue: next, id, slot, fade: null, fadeInMs: fadeMs, lastSet: 0, leaving: false };
    this.slots.set(slot, voice);
    if (sound.playing(id)) voice.fade = new Fade(0, 1, now, fadeMs);
    this.touch();
  }

  /** "music: stop": on to the next cadence when one is near, then through its ring; else a slow fade. */
  private stopMusic(): void {
    const voice = this.slots.get('music');
    if (!voice) return;
    const now = this.backend.now();
    const window = this.playback.loops[voice.cue];
    const seconds = this.sounds.get(voice.cue)?.position(voice.id) ?? null;
    const plan =
      seconds === null || !window ? musicStop(0, [], 0) : musicStop(seconds * 1000 - window.startMs, window.cadencesMs, window.lapMs);
    this.leave(voice, plan.waitMs, plan.fadeMs, now);
    this.slots.delete('music');
    this.touch();
  }

  private leave(voice: LoopVoice, waitMs: number, fadeMs: number, now: number): void {
    voice.leaving = true;
    const from = voice.fade ? voice.fade.at(now) : 0;
    voice.fade = new Fade(from, 0, now + waitMs, fadeMs);
    this.leaving.push(voice);
    this.slots.delete(voice.slot);
  }

  private levelOf(v: LoopVoice, now: number): number {
    if (!v.fade) return 0;
    return this.fullOf(v.cue) * v.fade.at(now) * this.duckGain(v.cue, now);
  }

  private fullOf(cueId: string): number {
    const cue = this.cues[cueId];
    return cue ? cueVolume(cue, this.settings, false) * this.pauseFade : 0;
  }

  private duckGain(cueId: string, now: number): number {
    return this.cues[cueId]?.bus === 'sfx' ? 1 : this.ducks.gainAt(now);
  }

  // ── The tick: gains follow the mix while anything moves ─────────────────────────────

  /** Something changed: make sure the tick runs until everything has settled. */
  private touch(): void {
    this.tick();
    if (this.stopTicker === null && this.anythingMoving()) this.stopTicker = this.backend.every(TICK_MS, () => this.tick());
  }

  private anythingMoving(): boolean {
    const now = this.backend.now();
    if (this.ducks.moving(now) || this.leaving.length > 0) return true;
    for (const v of this.slots.values()) if (!v.fade || !v.fade.done(now) || Math.abs(v.lastSet - this.levelOf(v, now)) > 1e-4) return true;
    return false;
  }

  private tick(): void {
    const now = this.backend.now();
    const next = now + TICK_MS;
    for (const v of [...this.slots.values(), ...this.leaving]) {
      const sound = this.sounds.get(v.cue);
      if (!sound) continue;
      if (!v.fade) {
        // Still loading: its fade in starts when it really plays.
        if (sound.playing(v.id)) v.fade = new Fade(0, 1, now, v.fadeInMs);
        else continue;
      }
      if (v.leaving && v.fade.done(now)) {
        sound.stop(v.id);
        this.leaving.splice(this.leaving.indexOf(v), 1);
        continue;
      }
      const target = this.levelOf(v, next);
      if (Math.abs(target - v.lastSet) > 1e-4 || Math.abs(sound.volumeOf(v.id) - target) > 1e-3) {
        sound.ramp(v.lastSet, target, TICK_MS, v.id);
        v.lastSet = target;
      }
    }
    if (this.stopTicker !== null && !this.anythingMoving()) {
      this.stopTicker();
      this.stopTicker = null;
    }
  }

  // ── Drips ───────────────────────────────────────────────────────────────────────────

  private startDrips(cueId: string | null): void {
    if (this.drips?.cue === cueId) return;
    this.drips?.cancel();
    this.drips = null;
    const sprites = cueId === null ? undefined : this.playback.sprites[cueId];
    if (cueId === null || !sprites || !this.cues[cueId]) return;
    const names = Object.keys(sprites);
    if (names.length === 0) return;
    const schedule = new DripSchedule(leaksFor(names, this.seed), this.seed, this.backend.now());
    const state: { schedule: DripSchedule; cue: string; cancel: () => void } = { schedule, cue: cueId, cancel: () => undefined };
    this.drips = state;
    const arm = (): void => {
      const drip = schedule.next();
      state.cancel = this.backend.after(Math.max(0, drip.at - this.backend.now()), () => {
        if (this.drips !== state) return;
        this.drip(cueId, drip);
        arm();
      });
    };
    arm();
  }

  private drip(cueId: string, drip: Drip): void {
    const cue = this.cues[cueId];
    if (!cue || this.pausedByTab) return;
    const sound = this.sound(cueId);
    const id = sound.play(drip.sprite);
    sound.volume(cueVolume(cue, this.settings, false) * drip.gain * this.pauseFade * this.ducks.gainAt(this.backend.now()), id);
    sound.stereo(drip.pan, id);
  }

  // ── Plays and sounds ────────────────────────────────────────────────────────────────

  private endPlay(key: string, stop: boolean): void {
    const p = this.plays.get(key);
    if (!p) return;
    if (stop) this.sounds.get(p.cue)?.stop(p.id);
    this.plays.delete(key);
    this.ducks.release(key, this.backend.now());
  }

  /** Howler fires `end` at the end of every lap of a loop: only a one-shot's end lets go. */
  private ended(cueId: string, id: number): void {
    const key = owner(cueId, id);
    const p = this.plays.get(key);
    if (!p || p.loop) return;
    this.endPlay(key, false);
    this.touch();
  }

  private isLooped(cueId: string): boolean {
    return this.cues[cueId]?.loop === true && this.playback.loops[cueId] !== undefined;
  }

  private remember(cueId: string): void {
    this.played.push(cueId);
    this.startedAt[cueId] = performance.now();
    if (this.played.length > 50) this.played.shift();
  }

  private sound(cueId: string): Sound {
    let sound = this.sounds.get(cueId);
    if (!sound) {
      const cue = this.cues[cueId];
      const window = this.playback.loops[cueId];
      const sprites: Record<string, readonly [number, number, boolean]> = {};
      if (window) sprites[LAP] = [window.startMs, window.lapMs, true];
      for (const [name, [start, length]] of Object.entries(this.playback.sprites[cueId] ?? {})) sprites[name] = [start, length, false];
      sound = this.backend.sound({ src: this.urls(cueId), loop: cue?.loop ?? false, preload: cue?.bus !== 'music', sprites });
      sound.on('end', (id) => this.ended(cueId, id));
      sound.on('play', () => this.touch());
      this.sounds.set(cueId, sound);
    }
    return sound;
  }
}

const owner = (cueId: string, id: number): string => `${cueId}#${id}`;

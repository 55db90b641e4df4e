// All sound goes through here, on Howler. One Howl per cue, created once and replayed.
import { Howl, Howler } from 'howler';
import type { Bus, CueDef } from '../story/contentIndex';
import type { Settings } from '../save/settings';
import type { Command } from '../story/commands';
import { cueVolume } from './mix';

export type AudioUrls = (cue: string) => readonly string[];

const MUSIC_FADE_MS = 2500;
const LOOP_FADE_MS = 1200;

export class AudioService {
  private readonly howls = new Map<string, Howl>();
  private settings: Settings;
  private ducks = 0;
  private music: { cue: string; id: number } | null = null;
  private ambience: { cue: string; id: number } | null = null;
  private pausedByTab = false;
  private pauseFade = 1;
  /** The last cues started, newest last: what the game has actually asked to hear. */
  readonly played: string[] = [];

  constructor(
    private readonly cues: Readonly<Record<string, CueDef>>,
    private readonly urls: AudioUrls,
    settings: Settings,
    private readonly onCaption: (caption: string) => void,
  ) {
    this.settings = settings;
    Howler.autoUnlock = true;
  }

  /** Whether the browser has let sound start (after the first click or key). */
  get unlocked(): boolean {
    return this.context?.state === 'running';
  }

  /** The Web Audio context's state; 'none' until the first sound is made (after the title). */
  get contextState(): string {
    return this.context?.state ?? 'none';
  }

  /** Howler makes its context with the first sound; its types say it is always there. */
  private get context(): AudioContext | null {
    const howler: { readonly ctx: AudioContext | null } = Howler;
    return howler.ctx;
  }

  /** Creates the small effect sounds ahead of time; music streams when first asked for. */
  preloadEffects(): void {
    for (const [id, cue] of Object.entries(this.cues)) if (cue.bus !== 'music') this.howl(id);
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.refreshVolumes();
  }

  play(cueId: string, pan = 0): void {
    const cue = this.cues[cueId];
    if (!cue) return;
    if (cue.caption) this.onCaption(cue.caption);
    if (cue.duck) this.duckFor(cueId);
    const howl = this.howl(cueId);
    const id = howl.play();
    this.remember(cueId);
    howl.volume(cueVolume(cue, this.settings, this.ducks > 0) * this.pauseFade, id);
    if (pan !== 0) howl.stereo(pan, id);
  }

  setMusic(cueId: string | null): void {
    this.music = this.swapLoop(this.music, cueId, MUSIC_FADE_MS);
  }

  setAmbience(cueId: string | null): void {
    this.ambience = this.swapLoop(this.ambience, cueId, LOOP_FADE_MS);
  }

  /** Music and ambience fade down while the game is paused. */
  setPausedFade(paused: boolean): void {
    this.pauseFade = paused ? 0.3 : 1;
    this.refreshVolumes();
  }

  /** A hidden tab pauses every sound; showing it again resumes them. */
  setHidden(hidden: boolean): void {
    if (hidden === this.pausedByTab) return;
    this.pausedByTab = hidden;
    const context = this.context;
    if (context) void (hidden ? context.suspend() : context.resume());
  }

  /** Lowers music and ambience while an important cue (or the kiss) plays. */
  duck(on: boolean): void {
    this.ducks = Math.max(0, this.ducks + (on ? 1 : -1));
    this.refreshVolumes();
  }

  /** Runs a story or cutscene command if it is a sound one; false when it is not. */
  handle(command: Command, pan: number): boolean {
    if (command.kind === 'sfx') this.play(command.cue, pan);
    else if (command.kind === 'music') this.setMusic(command.cue);
    else if (command.kind === 'ambience') this.setAmbience(command.cue);
    else return false;
    return true;
  }

  /** Looping effects (the kiss's heartbeat) belong to their moment: they stop when it ends. */
  stopLoopingEffects(): void {
    for (const [id, cue] of Object.entries(this.cues)) {
      if (cue.bus === 'sfx' && cue.loop) this.howls.get(id)?.stop();
    }
  }

  isPlaying(cueId: string): boolean {
    return this.howls.get(cueId)?.playing() ?? false;
  }

  private duckFor(cueId: string): void {
    const howl = this.howl(cueId);
    this.duck(true);
    howl.once('end', () => this.duck(false));
  }

  private swapLoop(current: { cue: string; id: number } | null, next: string | null, fadeMs: number): { cue: string; id: number } | null {
    if (current?.cue === next) return current;
    if (current) {
      const old = this.howl(current.cue);
      const oldId = current.id;
      old.fade(old.volume(oldId) as number, 0, fadeMs, oldId);
      old.once('fade', () => old.stop(oldId), oldId);
    }
    if (next === null) return null;
    const cue = this.cues[next];
    if (!cue) return null;
    const howl = this.howl(next);
    const id = howl.play();
    this.remember(next);
    howl.volume(0, id);
    howl.fade(0, this.loopVolume(next), fadeMs, id);
    return { cue: next, id };
  }

  private remember(cueId: string): void {
    this.played.push(cueId);
    if (this.played.length > 50) this.played.shift();
  }

  private loopVolume(cueId: string): number {
    const cue = this.cues[cueId];
    return cue ? cueVolume(cue, this.settings, this.ducks > 0) * this.pauseFade : 0;
  }

  private refreshVolumes(): void {
    for (const loop of [this.music, this.ambience]) {
      if (loop) this.howl(loop.cue).volume(this.loopVolume(loop.cue), loop.id);
    }
  }

  private howl(cueId: string): Howl {
    let howl = this.howls.get(cueId);
    if (!howl) {
      const cue = this.cues[cueId];
      const bus: Bus = cue?.bus ?? 'sfx';
      howl = new Howl({
        src: [...this.urls(cueId)],
        loop: cue?.loop ?? false,
        // Music plays through Web Audio too: HTML5 audio leaves a gap at every loop. It is
        // fetched and decoded only when first asked for, so it never holds up the title.
        html5: false,
        preload: bus !== 'music',
        onplayerror: (soundId) => {
          howl?.once('unlock', () => howl?.play(soundId));
        },
      });
      this.howls.set(cueId, howl);
    }
    return howl;
  }
}

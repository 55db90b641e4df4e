// The audio backend on Howler (Web Audio) and the browser's clock.
import { Howl, Howler } from 'howler';
import type { AudioBackend, Sound, SoundOptions } from './backend';

class HowlSound implements Sound {
  private readonly howl: Howl;

  constructor(options: SoundOptions) {
    const sprite: Record<string, [number, number, boolean]> = {};
    for (const [name, [start, length, loop]] of Object.entries(options.sprites ?? {})) sprite[name] = [start, length, loop];
    const howl = new Howl({
      src: [...options.src],
      loop: options.loop,
      // Music plays through Web Audio too: HTML5 audio leaves a gap at every loop. It is
      // fetched and decoded whole when first asked for, so it never holds up the title.
      html5: false,
      preload: options.preload,
      sprite,
      onplayerror: (soundId) => {
        howl.once('unlock', () => howl.play(soundId));
      },
    });
    this.howl = howl;
  }

  play(sprite?: string): number {
    // Howler never loads a Howl made with preload: false by itself; play() only queues. (So the
    // music, created that way to keep it off the title's downloads, used to stay silent.)
    if (this.howl.state() === 'unloaded') this.howl.load();
    return this.howl.play(sprite);
  }
  stop(id: number): void {
    this.howl.stop(id);
  }
  volume(level: number, id: number): void {
    this.howl.volume(level, id);
  }
  ramp(from: number, to: number, ms: number, id: number): void {
    this.howl.fade(from, to, ms, id);
  }
  volumeOf(id: number): number {
    const v: unknown = this.howl.volume(id);
    return typeof v === 'number' ? v : 0;
  }
  stereo(pan: number, id: number): void {
    this.howl.stereo(pan, id);
  }
  playing(id?: number): boolean {
    return this.howl.playing(id);
  }
  loaded(): boolean {
    return this.howl.state() === 'loaded';
  }
  position(id: number): number | null {
    if (!this.loaded()) return null;
    const p: unknown = this.howl.seek(id);
    return typeof p === 'number' ? p : null;
  }
  on(event: 'end' | 'play', listener: (id: number) => void): void {
    this.howl.on(event, listener);
  }
}

export function howlerBackend(): AudioBackend {
  Howler.autoUnlock = true;
  /** Howler makes its context with the first sound; its types say it is always there. */
  const context = (): AudioContext | null => {
    const howler: { readonly ctx: AudioContext | null } = Howler;
    return howler.ctx;
  };
  let onChange: (() => void) | null = null;
  let watched: AudioContext | null = null;
  /** Howler makes its context with the first Howl: watch it from then on. */
  const watch = (): void => {
    const ctx = context();
    if (!ctx || ctx === watched || !onChange) return;
    watched = ctx;
    ctx.addEventListener('statechange', onChange);
  };
  return {
    sound: (options) => {
      const sound = new HowlSound(options);
      watch();
      return sound;
    },
    now: () => performance.now(),
    every: (ms, fn) => {
      const handle = window.setInterval(fn, ms);
      return () => window.clearInterval(handle);
    },
    after: (ms, fn) => {
      const handle = window.setTimeout(fn, ms);
      return () => window.clearTimeout(handle);
    },
    contextState: () => context()?.state ?? 'none',
    suspend: (hidden) => {
      const ctx = context();
      // A resume refused (no gesture yet on iOS) is tried again at the next touch that ends.
      if (ctx) (hidden ? ctx.suspend() : ctx.resume()).catch(() => undefined);
    },
    watchContext: (listener) => {
      onChange = listener;
      watch();
    },
    sessionType: (type) => {
      // Safari 16.4+ only; elsewhere there is nothing to set.
      const session = (navigator as Navigator & { audioSession?: { type: string } }).audioSession;
      if (session && session.type !== type) session.type = type;
    },
  };
}

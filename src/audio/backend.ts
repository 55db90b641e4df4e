// What the audio service needs from a sound library and a clock, so its arithmetic over time can
// be run in Node with a fake (tests/unit/audio-service.test.ts) and in the browser on Howler.

/** One sound file, playable many times at once; each play has its own id. */
export interface Sound {
  /** Plays the whole file, or one of its sprites (a loop's lap, one drip). */
  play(sprite?: string): number;
  stop(id: number): void;
  /** Sets a play's gain at once. */
  volume(level: number, id: number): void;
  /** Ramps a play's gain smoothly (sample-accurate in Web Audio). */
  ramp(from: number, to: number, ms: number, id: number): void;
  /** The play's gain as the library reports it. */
  volumeOf(id: number): number;
  stereo(pan: number, id: number): void;
  playing(id?: number): boolean;
  loaded(): boolean;
  /** Where a play is in the file, seconds (null while nothing is known). */
  position(id: number): number | null;
  /** `end` fires when a play ends, and for a loop at the end of every lap. */
  on(event: 'end' | 'play', listener: (id: number) => void): void;
}

export interface SoundOptions {
  readonly src: readonly string[];
  readonly loop: boolean;
  readonly preload: boolean;
  /** name → [startMs, lengthMs, loop]. */
  readonly sprites?: Readonly<Record<string, readonly [number, number, boolean]>>;
}

export interface AudioBackend {
  sound(options: SoundOptions): Sound;
  /** Milliseconds on a steady clock. */
  now(): number;
  /** Calls `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
  /** Calls `fn` once after `ms` unless the returned function is called first. */
  after(ms: number, fn: () => void): () => void;
  /** The Web Audio context's state, 'none' before there is one. */
  contextState(): string;
  suspend(hidden: boolean): void;
  /** Calls `onChange` whenever the context's state changes (an iPhone's call interrupts it). */
  watchContext?(onChange: () => void): void;
  /** Tells the browser what kind of audio this is, where it asks (`navigator.audioSession`). */
  sessionType?(type: 'playback' | 'ambient'): void;
}

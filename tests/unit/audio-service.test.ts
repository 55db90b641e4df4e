// The audio service over time, on a fake sound library and a clock stepped by hand: the duck
// ramps down and up, belongs to the cue (and the cutscene) that caused it, and never lets go on
// a loop's lap; music stops on a cadence; the room's candles and drips come with its ambience.
import { describe, expect, it } from 'vitest';
import { AudioService, TICK_MS } from '../../src/audio/audioService';
import type { AudioBackend, Sound, SoundOptions } from '../../src/audio/backend';
import type { Playback } from '../../src/audio/playback';
import { DUCK_DB, DUCK_DOWN_MS, DUCK_UP_MS, dbToGain } from '../../src/audio/ramps';
import { defaultSettings, type Settings } from '../../src/save/settings';
import type { CueDef } from '../../src/story/contentIndex';

class FakeSound implements Sound {
  private nextId = 1;
  readonly gains = new Map<number, number>();
  readonly pans = new Map<number, number>();
  readonly live = new Set<number>();
  readonly sprites: string[] = [];
  private readonly listeners: { event: string; fn: (id: number) => void }[] = [];
  positionSeconds = 0;

  constructor(readonly options: SoundOptions) {}

  play(sprite?: string): number {
    const id = this.nextId++;
    this.live.add(id);
    this.gains.set(id, 1);
    this.sprites.push(sprite ?? '');
    return id;
  }
  stop(id: number): void {
    this.live.delete(id);
  }
  volume(level: number, id: number): void {
    this.gains.set(id, level);
  }
  // The fake lands on a ramp's target at once: the spec reads the mix at tick boundaries.
  ramp(_from: number, to: number, _ms: number, id: number): void {
    this.gains.set(id, to);
  }
  volumeOf(id: number): number {
    return this.gains.get(id) ?? 0;
  }
  stereo(pan: number, id: number): void {
    this.pans.set(id, pan);
  }
  playing(id?: number): boolean {
    return id === undefined ? this.live.size > 0 : this.live.has(id);
  }
  loaded(): boolean {
    return true;
  }
  position(): number {
    return this.positionSeconds;
  }
  on(event: 'end' | 'play', fn: (id: number) => void): void {
    this.listeners.push({ event, fn });
  }
  /** What Howler does at the end of a one-shot, and at the end of every lap of a loop. */
  end(id: number): void {
    for (const l of this.listeners) if (l.event === 'end') l.fn(id);
  }
  last(): number {
    return this.nextId - 1;
  }
}

class SteppedClock implements AudioBackend {
  time = 0;
  readonly made = new Map<string, FakeSound>();
  private timers: { at: number; every: number; fn: () => void; live: boolean }[] = [];

  sound(options: SoundOptions): Sound {
    const s = new FakeSound(options);
    this.made.set(options.src[0] ?? '', s);
    return s;
  }
  now(): number {
    return this.time;
  }
  every(ms: number, fn: () => void): () => void {
    return this.add(ms, ms, fn);
  }
  after(ms: number, fn: () => void): () => void {
    return this.add(ms, 0, fn);
  }
  contextState(): string {
    return 'running';
  }
  suspend(): void {
    /* the fake has no context to suspend */
  }

  /** Moves the clock on, running each timer when it falls due, in order. */
  step(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.time = due.at;
      if (due.every > 0) due.at += due.every;
      else due.live = false;
      due.fn();
    }
    this.time = end;
    this.timers = this.timers.filter((t) => t.live);
  }

  private add(ms: number, every: number, fn: () => void): () => void {
    const timer = { at: this.time + ms, every, fn, live: true };
    this.timers.push(timer);
    return () => {
      timer.live = false;
    };
  }
}

const cue = (bus: CueDef['bus'], o: Partial<CueDef> = {}): CueDef => ({ bus, loop: false, volume: 1, caption: null, duck: false, ...o });
const CUES: Record<string, CueDef> = {
  music_night: cue('music', { loop: true, volume: 0.8 }),
  music_reunion: cue('music', { loop: true, volume: 0.8 }),
  crypt_ambience: cue('ambience', { loop: true, volume: 0.8 }),
  candle_crackle: cue('ambience', { loop: true, volume: 0.7 }),
  crypt_drips: cue('ambience', { volume: 0.6 }),
  heartbeat: cue('sfx', { loop: true, duck: true, caption: '[a heartbeat]' }),
  gasp: cue('sfx', { duck: true, caption: '[she gasps]' }),
  zippo_open: cue('sfx', { caption: '[a lid clicks]' }),
};
const PLAYBACK: Playback = {
  loops: {
    music_night: { startMs: 250, lapMs: 60_000, cadencesMs: [10_000, 30_000] },
    music_reunion: { startMs: 250, lapMs: 90_000, cadencesMs: [] },
    crypt_ambience: { startMs: 250, lapMs: 40_000, cadencesMs: [] },
    candle_crackle: { startMs: 250, lapMs: 20_000, cadencesMs: [] },
    heartbeat: { startMs: 250, lapMs: 8_571, cadencesMs: [] },
  },
  sprites: { crypt_drips: { a: [0, 400], b: [500, 400], c: [1000, 400] } },
  rooms: { crypt_ambience: { layers: ['candle_crackle'], drips: 'crypt_drips' } },
};
const SETTINGS: Settings = { ...defaultSettings(false), master: 1, music: 1, ambience: 1, sfx: 1 };

function rig(): { audio: AudioService; clock: SteppedClock; music: (cue?: string) => number; sound: (cue: string) => FakeSound } {
  const clock = new SteppedClock();
  const audio = new AudioService(
    CUES,
    (c) => [c],
    SETTINGS,
    () => undefined,
    { backend: clock, playback: PLAYBACK, seed: 7 },
  );
  const sound = (c: string): FakeSound => {
    const s = clock.made.get(c);
    if (!s) throw new Error(`${c} was never made`);
    return s;
  };
  const music = (c = 'music_night'): number => sound(c).volumeOf(sound(c).last());
  return { audio, clock, music, sound };
}

const FULL_MUSIC = 0.8;
const dbOf = (gain: number, full: number): number => 20 * Math.log10(gain / full);

describe('The audio service', () => {
  it('fades music in over its crossfade and then holds it at its full level', () => {
    const { audio, clock, music } = rig();
    audio.setMusic('music_night');
    expect(music()).toBeLessThan(0.1);
    clock.step(3000);
    expect(music()).toBeCloseTo(FULL_MUSIC, 3);
  });

  it('plays every loop on its seamless lap, not the padded file', () => {
    const { audio, sound } = rig();
    audio.setMusic('music_night');
    audio.play('heartbeat');
    expect(sound('music_night').sprites).toEqual(['lap']);
    expect(sound('heartbeat').sprites).toEqual(['lap']);
    expect(sound('heartbeat').options.sprites?.lap).toEqual([250, 8_571, true]);
  });

  it('ducks music by about 9 dB over 150 ms, not at once', () => {
    const { audio, clock, music } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.play('gasp');
    clock.step(DUCK_DOWN_MS / 2);
    // About half-way down in dB (each tick ramps to where the mix will be a tick later).
    expect(audio.levels().duckDb).toBeCloseTo(DUCK_DB / 2, 5);
    expect(dbOf(music(), FULL_MUSIC)).toBeLessThan(DUCK_DB * 0.4);
    expect(dbOf(music(), FULL_MUSIC)).toBeGreaterThan(DUCK_DB * 0.7);
    clock.step(DUCK_DOWN_MS);
    expect(dbOf(music(), FULL_MUSIC)).toBeCloseTo(DUCK_DB, 1);
  });

  it('lets the music back up over 600 ms when the cue that ducked it ends', () => {
    const { audio, clock, music, sound } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.play('gasp');
    clock.step(500);
    sound('gasp').end(sound('gasp').last());
    clock.step(DUCK_UP_MS / 2);
    expect(audio.levels().duckDb).toBeCloseTo(DUCK_DB / 2, 5);
    expect(dbOf(music(), FULL_MUSIC)).toBeLessThan(DUCK_DB * 0.35);
    expect(dbOf(music(), FULL_MUSIC)).toBeGreaterThan(DUCK_DB * 0.6);
    clock.step(DUCK_UP_MS);
    expect(music()).toBeCloseTo(FULL_MUSIC, 3);
  });

  it("keeps the duck through every lap of a looping heartbeat, whatever Howler's end events say", () => {
    const { audio, clock, music, sound } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.play('heartbeat');
    for (let lap = 0; lap < 3; lap++) {
      clock.step(8_571);
      sound('heartbeat').end(sound('heartbeat').last());
    }
    clock.step(1000);
    expect(dbOf(music(), FULL_MUSIC)).toBeCloseTo(DUCK_DB, 1);
    expect(audio.levels().duckHolders).toEqual(['heartbeat#1']);
  });

  it('lets go when the heartbeat is stopped before its first lap (a prompt lean at the kiss)', () => {
    const { audio, clock, music, sound } = rig();
    audio.cutsceneStarted('kiss');
    audio.setMusic('music_night');
    clock.step(1000);
    audio.play('heartbeat');
    clock.step(900);
    audio.stopLoopingEffects(); // the kiss is over
    expect(sound('heartbeat').playing()).toBe(false);
    clock.step(DUCK_UP_MS + TICK_MS);
    expect(audio.levels().duckHolders).toEqual([]);
    // The music after it plays at its full level.
    audio.setMusic('music_reunion');
    clock.step(3000);
    expect(music('music_reunion')).toBeCloseTo(FULL_MUSIC, 3);
  });

  it('releases the ducks a cutscene owns when it ends, even of a one-shot still ringing', () => {
    const { audio, clock, music } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.cutsceneStarted('cold_open');
    audio.play('gasp');
    clock.step(300);
    audio.stopLoopingEffects();
    clock.step(DUCK_UP_MS + TICK_MS);
    expect(music()).toBeCloseTo(FULL_MUSIC, 3);
  });

  it('ends a loop the story left running when a cutscene begins, and lets go of its duck', () => {
    const { audio, clock, sound } = rig();
    audio.play('heartbeat'); // "His mouth is cool, and solid, and it stays."
    clock.step(2000);
    audio.cutsceneStarted('reunion');
    expect(sound('heartbeat').playing()).toBe(false);
    clock.step(DUCK_UP_MS + TICK_MS);
    expect(audio.levels().duckDb).toBe(0);
  });

  it('stops one cue on request and lets go of its duck', () => {
    const { audio, clock, music, sound } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.play('heartbeat');
    clock.step(200);
    audio.stopCue('heartbeat');
    expect(sound('heartbeat').playing()).toBe(false);
    clock.step(DUCK_UP_MS + TICK_MS);
    expect(music()).toBeCloseTo(FULL_MUSIC, 3);
  });

  it('holds the duck while any of two cues still holds it', () => {
    const { audio, clock, music, sound } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.play('heartbeat');
    audio.play('gasp');
    clock.step(400);
    sound('gasp').end(sound('gasp').last());
    clock.step(1000);
    expect(dbOf(music(), FULL_MUSIC)).toBeCloseTo(DUCK_DB, 1);
  });

  it('never ducks the effects themselves', () => {
    const { audio, clock, sound } = rig();
    audio.play('heartbeat');
    clock.step(500);
    audio.play('zippo_open');
    expect(sound('zippo_open').volumeOf(sound('zippo_open').last())).toBeCloseTo(1, 5);
  });

  it('lets music reach a cadence that is near before it fades through the chord', () => {
    const { audio, clock, music, sound } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    sound('music_night').positionSeconds = (250 + 8_000) / 1000; // two seconds before a cadence
    audio.setMusic(null);
    clock.step(1800);
    expect(music()).toBeCloseTo(FULL_MUSIC, 2);
    clock.step(5000);
    expect(sound('music_night').playing()).toBe(false);
  });

  it('fades music out slowly when no cadence is near', () => {
    const { audio, clock, music, sound } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    sound('music_night').positionSeconds = (250 + 16_000) / 1000;
    audio.setMusic(null);
    clock.step(2500);
    expect(music()).toBeGreaterThan(0.1);
    expect(music()).toBeLessThan(FULL_MUSIC * 0.9);
    clock.step(3000);
    expect(sound('music_night').playing()).toBe(false);
  });

  it("brings the room's candles in their own slot and drips at random moments, panned, with its ambience", () => {
    const { audio, clock, sound } = rig();
    audio.setAmbience('crypt_ambience');
    clock.step(60_000);
    expect(sound('candle_crackle').playing()).toBe(true);
    const drips = sound('crypt_drips');
    expect(drips.sprites.length).toBeGreaterThan(5);
    expect(new Set(drips.pans.values()).size).toBeGreaterThan(1);
    audio.setAmbience(null);
    const count = drips.sprites.length;
    clock.step(60_000);
    expect(drips.sprites.length).toBe(count);
    expect(sound('candle_crackle').playing()).toBe(false);
  });

  it('fades music and ambience down while paused', () => {
    const { audio, clock, music } = rig();
    audio.setMusic('music_night');
    clock.step(3000);
    audio.setPausedFade(true);
    clock.step(TICK_MS * 2);
    expect(music()).toBeCloseTo(FULL_MUSIC * 0.3, 3);
  });
});

describe('The duck ramp', () => {
  it('sinks 9.1 dB, about ×0.35', () => {
    expect(dbToGain(DUCK_DB)).toBeCloseTo(0.35, 2);
  });
});

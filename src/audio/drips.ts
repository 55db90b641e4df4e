// Where and when water drips in the crypt: a pure, seeded schedule the audio service follows
// while the room's ambience plays. A baked loop repeated its drips every lap (72 s); placed at
// run time they never repeat. Water falls from a few leaks, each at its own place in the room
// and with its own note, so the drips sound like one room rather than random clicks.

export interface Leak {
  /** Stereo position, −1 left … 1 right. */
  readonly pan: number;
  /** Which baked drip (a sprite of the drips file) this leak sounds like. */
  readonly sprite: string;
  /** How often it falls relative to the others. */
  readonly weight: number;
}

export interface Drip {
  /** When it falls, ms on the schedule's clock. */
  readonly at: number;
  readonly sprite: string;
  readonly pan: number;
  /** Gain 0..1 on top of the ambience level. */
  readonly gain: number;
}

export interface DripOptions {
  /** Shortest and longest gap between two drips, ms. */
  readonly gapMs: readonly [number, number];
  /** How far a drip's level may wander below the loudest, dB. */
  readonly spreadDb: number;
}

export const DRIP_DEFAULTS: DripOptions = { gapMs: [2200, 9000], spreadDb: 7 };

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The leaks of a room: `sprites` spread across the stereo field, seeded. */
export function leaksFor(sprites: readonly string[], seed: number): Leak[] {
  const r = seeded(seed ^ 0x5bd1e995);
  return sprites.map((sprite, i) => {
    // Spread evenly across −0.8 … 0.8, nudged, in a shuffled order.
    const slot = sprites.length > 1 ? i / (sprites.length - 1) : 0.5;
    return { sprite, pan: Math.max(-0.85, Math.min(0.85, -0.8 + 1.6 * slot + (r() - 0.5) * 0.25)), weight: 0.5 + r() };
  });
}

/** An endless schedule of drips from `startAt`: ask for the next one when the last has fallen. */
export class DripSchedule {
  private readonly r: () => number;
  private last: number;
  private readonly total: number;

  constructor(
    private readonly leaks: readonly Leak[],
    seed: number,
    startAt: number,
    private readonly opts: DripOptions = DRIP_DEFAULTS,
  ) {
    if (leaks.length === 0) throw new Error('a drip schedule needs at least one leak');
    this.r = seeded(seed);
    this.last = startAt;
    this.total = leaks.reduce((s, l) => s + l.weight, 0);
  }

  next(): Drip {
    const [lo, hi] = this.opts.gapMs;
    // Gaps lean short with a long tail (square of a uniform), as water gathering at a leak does.
    const u = this.r();
    this.last += lo + (hi - lo) * u * u;
    let pick = this.r() * this.total;
    const leak = this.leaks.find((l) => (pick -= l.weight) <= 0) ?? this.leaks[0];
    if (!leak) throw new Error('unreachable: a schedule always has a leak');
    const gain = Math.pow(10, (-this.opts.spreadDb * this.r()) / 20);
    return { at: this.last, sprite: leak.sprite, pan: leak.pan, gain };
  }
}

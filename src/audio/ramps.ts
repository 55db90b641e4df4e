// Pure arithmetic of levels over time: the duck (held by its owners, ramped in dB) and the fades
// of the loops (in, out, and the slow stop of the music). Times are milliseconds on any clock.

/** How far music and ambience sink under an important cue: −9 dB (×0.35). */
export const DUCK_DB = -9.1;
/** Down quickly, so the cue that ducks is heard at once; up slowly, so the return is not felt. */
export const DUCK_DOWN_MS = 150;
export const DUCK_UP_MS = 600;

export const dbToGain = (db: number): number => Math.pow(10, db / 20);

/**
 * The duck: held while any owner holds it, released owner by owner. Its level moves linearly in
 * dB toward the target at fixed rates (a full drop takes DUCK_DOWN_MS, a full rise DUCK_UP_MS),
 * so a release half-way down turns round from where it is, with no jump.
 */
export class DuckRamp {
  private readonly owners = new Set<string>();
  private anchorDb = 0;
  private anchorAt = 0;

  constructor(
    private readonly depthDb = DUCK_DB,
    private readonly downMs = DUCK_DOWN_MS,
    private readonly upMs = DUCK_UP_MS,
  ) {}

  hold(owner: string, now: number): void {
    this.reanchor(now);
    this.owners.add(owner);
  }

  release(owner: string, now: number): void {
    if (!this.owners.has(owner)) return;
    this.reanchor(now);
    this.owners.delete(owner);
  }

  /** Releases every owner the test accepts (e.g. all that a cutscene started). */
  releaseWhere(test: (owner: string) => boolean, now: number): void {
    for (const owner of [...this.owners]) if (test(owner)) this.release(owner, now);
  }

  get holders(): readonly string[] {
    return [...this.owners];
  }

  dbAt(now: number): number {
    const target = this.owners.size > 0 ? this.depthDb : 0;
    const elapsed = Math.max(0, now - this.anchorAt);
    if (target < this.anchorDb) return Math.max(target, this.anchorDb - (elapsed * -this.depthDb) / this.downMs);
    return Math.min(target, this.anchorDb + (elapsed * -this.depthDb) / this.upMs);
  }

  gainAt(now: number): number {
    return dbToGain(this.dbAt(now));
  }

  /** Whether the level is still on its way somewhere. */
  moving(now: number): boolean {
    const target = this.owners.size > 0 ? this.depthDb : 0;
    return Math.abs(this.dbAt(now) - target) > 1e-6;
  }

  private reanchor(now: number): void {
    this.anchorDb = this.dbAt(now);
    this.anchorAt = now;
  }
}

/** A gain fade from one level to another over `ms`, on an equal-power (sine) curve. */
export class Fade {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly startAt: number,
    readonly ms: number,
  ) {}

  static steady(level: number): Fade {
    return new Fade(level, level, 0, 0);
  }

  /** Starts a new fade from wherever this one is at `now`. */
  toward(to: number, now: number, ms: number): Fade {
    return new Fade(this.at(now), to, now, ms);
  }

  at(now: number): number {
    if (this.ms <= 0 || now >= this.startAt + this.ms) return this.to;
    const u = Math.max(0, (now - this.startAt) / this.ms);
    // Rising: sin; falling: cos. Each keeps the sum of power steady across a crossfade.
    const s = this.to >= this.from ? Math.sin((Math.PI / 2) * u) : 1 - Math.cos((Math.PI / 2) * u);
    return this.from + (this.to - this.from) * s;
  }

  done(now: number): boolean {
    return now >= this.startAt + this.ms;
  }
}

/**
 * How "music: stop" ends a piece: it lets the music reach its next cadence when one comes soon
 * enough, then fades through the ring of that chord; otherwise it fades out slowly where it is.
 * `position` and `cadences` are milliseconds into one lap of the loop of length `lap`.
 */
export function musicStop(
  position: number,
  cadences: readonly number[],
  lap: number,
  opts = { waitUpTo: 5000, ringMs: 3500, fadeMs: 5000 },
): { waitMs: number; fadeMs: number } {
  if (lap > 0 && cadences.length > 0) {
    const p = ((position % lap) + lap) % lap;
    let wait = Infinity;
    for (const c of cadences) {
      const d = (c - p + lap) % lap;
      if (d < wait) wait = d;
    }
    if (wait <= opts.waitUpTo) return { waitMs: wait, fadeMs: opts.ringMs };
  }
  return { waitMs: 0, fadeMs: opts.fadeMs };
}

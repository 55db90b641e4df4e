// A rumble that follows a looping sound: the pattern's pulses, repeated from when the sound
// began, handed out as they fall due. Pure; the gamepad adapter plays them.
import type { RumblePattern, RumblePulse } from '../story/contentIndex';

export class Rumble {
  private pattern: RumblePattern | null = null;
  private since = 0;
  /** Pulses already handed out, counted from the start. */
  private given = 0;

  start(pattern: RumblePattern, now: number): void {
    this.pattern = pattern;
    this.since = now;
    this.given = 0;
  }

  stop(): void {
    this.pattern = null;
  }

  get running(): boolean {
    return this.pattern !== null;
  }

  /** The pulses due by `now` (a long frame gives only the latest, never a burst). */
  due(now: number): RumblePulse[] {
    const pattern = this.pattern;
    if (!pattern || pattern.pulses.length === 0) return [];
    const per = pattern.pulses.length;
    const elapsed = now - this.since;
    let count = Math.floor(elapsed / pattern.everyMs) * per;
    const within = elapsed % pattern.everyMs;
    for (const pulse of pattern.pulses) if (pulse.atMs <= within) count++;
    if (count <= this.given) return [];
    this.given = count;
    const latest = pattern.pulses[(count - 1) % per];
    return latest ? [latest] : [];
  }
}

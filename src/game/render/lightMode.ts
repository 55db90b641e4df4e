// The light mode as the game runs: the player's preference, or — left to 'auto' — decided once
// from the first frames behind the title (frameBudget.ts). The flames' bloom, the dust and the film
// overlay follow it; the light and its flicker never change. The page carries the outcome as
// `data-light-mode` ("on" / "off") for tests and tools.
import type { LightMode } from '../../save/settings';
import { decideLightMode } from './frameBudget';

type Listener = (light: boolean) => void;

export class LightModeSwitch {
  private preference: LightMode = 'auto';
  private light: boolean | null = null;
  private readonly intervals: number[] = [];
  private readonly listeners = new Set<Listener>();

  /** On, off, or null while the first frames are still being watched. */
  get on(): boolean | null {
    return this.light;
  }

  /** The player's setting: 'on' / 'off' apply at once; 'auto' keeps what the frames decided. */
  prefer(preference: LightMode): void {
    this.preference = preference;
    const decided = decideLightMode(preference, this.intervals);
    if (decided !== null && preference !== 'auto') this.set(decided);
    else if (this.light === null && decided !== null) this.set(decided);
  }

  /** One frame's interval (ms) behind the title, until the decision is made. */
  frame(intervalMs: number): void {
    if (this.light !== null) return;
    this.intervals.push(intervalMs);
    const decided = decideLightMode(this.preference, this.intervals);
    if (decided !== null) this.set(decided);
  }

  /** Calls `listener` with the decision once made, and with every change; returns how to stop. */
  follow(listener: Listener): () => void {
    this.listeners.add(listener);
    if (this.light !== null) listener(this.light);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private set(light: boolean): void {
    if (light === this.light) return;
    this.light = light;
    if (typeof document !== 'undefined') document.body.dataset.lightMode = light ? 'on' : 'off';
    for (const listener of [...this.listeners]) listener(light);
  }
}

/** The one game's switch. */
export const lightMode = new LightModeSwitch();

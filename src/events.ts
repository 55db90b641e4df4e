// One typed event bus between the director, Phaser, Howler and the DOM layer. No globals:
// main.ts makes one and hands it to each part.
import type { Settings } from './save/settings';
import type { DirectorEvent } from './story/director';

export interface GameEvents {
  director: DirectorEvent;
  /** The prop under the pointer or keyboard focus, for the highlight. */
  hover: string | null;
  settings: Settings;
  paused: boolean;
  /** A meaningful sound's caption (shown when captions are on, always logged): its cue and English words. */
  caption: { readonly cue: string; readonly text: string };
}

type Handler<T> = (payload: T) => void;

export class EventBus<Events extends object = GameEvents> {
  private readonly handlers = new Map<keyof Events, Set<Handler<never>>>();

  on<K extends keyof Events>(event: K, handler: Handler<Events[K]>): () => void {
    let set = this.handlers.get(event);
    if (!set) {
      set = new Set();
      this.handlers.set(event, set);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  emit<K extends keyof Events>(event: K, payload: Events[K]): void {
    const set = this.handlers.get(event);
    if (!set) return;
    for (const handler of [...set]) (handler as Handler<Events[K]>)(payload);
  }
}

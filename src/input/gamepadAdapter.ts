// The gamepad adapter: the Gamepad API polled once a frame (by the input loop, which keeps
// running while the game is paused or a menu is open), each pad read by a PadReader into
// intents. A pad plugged in mid-game is picked up on the next poll. Where the browser refuses
// the API (an iframe without the permission throws), it stops asking until a pad connects.
import { PadReader, type PadOptions } from './gamepadReader';
import type { Intent } from './intents';
import { padStyleOf, type PadStyle } from './prompts';

export type SendPadIntents = (intents: readonly Intent[], at: number) => void;

/** One gentle pulse: how long, and how strong on the heavy and the light motor (0–1). */
export interface Pulse {
  readonly ms: number;
  readonly strong: number;
  readonly weak: number;
}

interface Vibrating {
  readonly vibrationActuator?: { playEffect?: (type: string, params: Record<string, number>) => Promise<unknown> } | null;
}

export class GamepadAdapter {
  private readonly readers = new Map<number, PadReader>();
  private refused = false;
  private style: PadStyle = 'letters';

  constructor(
    private readonly send: SendPadIntents,
    private readonly options: () => PadOptions,
  ) {
    window.addEventListener('gamepadconnected', (event) => {
      this.refused = false;
      this.style = padStyleOf(event.gamepad.id);
    });
  }

  /** Whether any pad has been seen since the page loaded. */
  get known(): boolean {
    return this.readers.size > 0;
  }

  /** How the last pad seen names its buttons. */
  get padStyle(): PadStyle {
    return this.style;
  }

  poll(now: number): void {
    const pads = this.pads();
    const present = new Set<number>();
    for (const pad of pads) {
      if (!pad?.connected) continue;
      present.add(pad.index);
      let reader = this.readers.get(pad.index);
      if (!reader) {
        reader = new PadReader();
        this.readers.set(pad.index, reader);
        this.style = padStyleOf(pad.id);
      }
      const snapshot = { buttons: pad.buttons.map((b) => b.pressed), axes: [...pad.axes] };
      const intents = reader.read(snapshot, now, this.options());
      if (intents.length > 0) this.send(intents, now);
    }
    for (const [index, reader] of this.readers) {
      if (present.has(index)) continue;
      this.readers.delete(index);
      const intents = reader.releaseAll();
      if (intents.length > 0) this.send(intents, now);
    }
  }

  /** A pulse on every pad that can rumble; pads that cannot are left alone. */
  pulse(pulse: Pulse): void {
    for (const pad of this.pads()) {
      const actuator = (pad as (Gamepad & Vibrating) | null)?.vibrationActuator;
      if (!actuator?.playEffect) continue;
      actuator
        .playEffect('dual-rumble', { startDelay: 0, duration: pulse.ms, strongMagnitude: pulse.strong, weakMagnitude: pulse.weak })
        .catch(() => undefined);
    }
  }

  private pads(): readonly (Gamepad | null)[] {
    if (this.refused || typeof navigator.getGamepads !== 'function') return [];
    try {
      return navigator.getGamepads();
    } catch {
      // A cross-origin frame without the "gamepad" permission: ask again only once a pad connects.
      this.refused = true;
      return [];
    }
  }
}

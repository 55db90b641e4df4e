// What a player means, whatever they pressed. Every device adapter (keyboard, pointer,
// gamepad) translates its own events into these and nothing else; the router decides what
// an intent does in the current context.

/** The kind of device an intent came from; prompts are worded for the one used last. */
export type Device = 'keyboard' | 'mouse' | 'touch' | 'gamepad';

export type Direction = 'up' | 'down' | 'left' | 'right';

export type Intent =
  /** The confirm press (Space, Enter, a click or tap on the scene, A): read on, or press what has focus. */
  | { readonly kind: 'advance' }
  /** A numbered dialogue choice (1–9, or a click on it). */
  | { readonly kind: 'choose'; readonly position: number }
  /** An object on the lid, pointed at directly (a click or tap on it). */
  | { readonly kind: 'use'; readonly prop: string }
  /** Press whatever has focus (E, or a click on a focused control). */
  | { readonly kind: 'activate' }
  /** Arrow keys, the D-pad and the left stick. */
  | { readonly kind: 'navigate'; readonly direction: Direction; readonly repeat: boolean }
  /** Tab / Shift+Tab. */
  | { readonly kind: 'tab'; readonly backward: boolean }
  /** Held to lean in at the kiss: press (true) and release (false). */
  | { readonly kind: 'lean'; readonly held: boolean }
  /** Esc or B: back out of a panel, pause in play; held in a cutscene, skip it. */
  | { readonly kind: 'back'; readonly held: boolean }
  /** The skip key: held in a cutscene, skip it. */
  | { readonly kind: 'skip'; readonly held: boolean }
  /** The Skip button: skip the cutscene now. */
  | { readonly kind: 'skipNow' }
  /** Start / Options, or the pause button: pause, or resume from the pause menu. */
  | { readonly kind: 'pause' }
  | { readonly kind: 'history' }
  | { readonly kind: 'mute' }
  | { readonly kind: 'fullscreen' }
  /** Any key, while the settings wait for a key to bind. */
  | { readonly kind: 'key'; readonly code: string }
  /** A pointer pressed somewhere that is not the control waiting for a key. */
  | { readonly kind: 'pressElsewhere' };

export type IntentKind = Intent['kind'];

/** An intent as an adapter hands it over: what, from which device, at what real time (ms). */
export interface InputEvent {
  readonly intent: Intent;
  readonly device: Device;
  readonly at: number;
}

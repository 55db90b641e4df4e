// Prompts worded for the device the player used last and for their own bindings: "Hold Space to
// lean in" after a key, "Hold A to lean in" after a pad, "Touch and hold to lean in" after a
// touch. Cutscene files name the action; the game words it here, in the player's language.
// Pure, so every wording is tested in Node.
import type { Say } from '../lang/strings';
import { keyLabel, type Bindings, type KeyCaps } from '../save/keyBindings';
import type { Device } from './intents';

/** How a pad's face buttons are named on it: letters (Xbox and most pads) or shapes (PlayStation). */
export type PadStyle = 'letters' | 'shapes';

export interface PromptContext {
  readonly device: Device;
  readonly keys: Bindings;
  readonly padSwapAB: boolean;
  readonly padStyle: PadStyle;
  readonly say: Say;
  /** What the player's keys print (their layout), when the browser says. */
  readonly caps?: KeyCaps;
}

type PadButton = 'confirm' | 'cancel' | 'start' | 'view';

const PAD_NAMES: Readonly<Record<PadStyle, Readonly<Record<'bottom' | 'right' | 'start' | 'view', string>>>> = {
  letters: { bottom: 'pad.a', right: 'pad.b', start: 'pad.menu', view: 'pad.view' },
  shapes: { bottom: 'pad.cross', right: 'pad.circle', start: 'pad.options', view: 'pad.create' },
};

/** The name printed on the pad button that does `what` for this player. */
export function padButton(what: PadButton, c: Pick<PromptContext, 'padSwapAB' | 'padStyle' | 'say'>): string {
  const names = PAD_NAMES[c.padStyle];
  if (what === 'start') return c.say(names.start);
  if (what === 'view') return c.say(names.view);
  const bottom = (what === 'confirm') !== c.padSwapAB;
  return c.say(bottom ? names.bottom : names.right);
}

/** The keys bound to an action, as a player reads them ("Space", "Esc or P"). */
export function keysFor(keys: readonly string[], say: Say, caps?: KeyCaps): string {
  if (keys.length === 0) return say('key.none');
  return keys.map((k) => keyLabel(k, say, caps)).reduce((first, second) => say('key.either', { first, second }));
}

/** How a prompt about holding an action is worded on each device, and what it names for a pad
 * (the button) and for a keyboard (the keys bound to the action). */
interface HoldWording {
  readonly says: Readonly<Record<Device, string>>;
  readonly button: PadButton;
  readonly action: keyof Bindings;
}

function holdWords(hold: HoldWording, c: PromptContext): string {
  switch (c.device) {
    case 'gamepad':
      return c.say(hold.says.gamepad, { button: padButton(hold.button, c) });
    case 'keyboard':
      return c.say(hold.says.keyboard, { key: keysFor(c.keys[hold.action], c.say, c.caps) });
    case 'touch':
    case 'mouse':
      return c.say(hold.says[c.device]);
  }
}

const LEAN: HoldWording = {
  says: { gamepad: 'prompt.lean.gamepad', keyboard: 'prompt.lean.keyboard', touch: 'prompt.lean.touch', mouse: 'prompt.lean.mouse' },
  button: 'confirm',
  action: 'lean',
};

/** Skipping says the same to a finger and a mouse: press the button. */
const SKIP: HoldWording = {
  says: { gamepad: 'prompt.skip.gamepad', keyboard: 'prompt.skip.keyboard', touch: 'prompt.skip.plain', mouse: 'prompt.skip.plain' },
  button: 'cancel',
  action: 'back',
};

/** The cutscene's hold prompt: how to lean in for the kiss. */
export function leanPrompt(c: PromptContext): string {
  return holdWords(LEAN, c);
}

/** The Skip button's accessible name, with the hold that does the same. */
export function skipLabel(c: PromptContext): string {
  return holdWords(SKIP, c);
}

/** The title's line about controls. */
export function controlsLine(c: PromptContext): string {
  switch (c.device) {
    case 'gamepad':
      return c.say('controls.gamepad', { confirm: padButton('confirm', c), cancel: padButton('cancel', c), start: padButton('start', c) });
    case 'touch':
      return c.say('controls.touch');
    case 'mouse':
    case 'keyboard':
      return c.say('controls.keyboard', {
        back: keysFor(c.keys.back, c.say, c.caps),
        fullscreen: keysFor(c.keys.fullscreen, c.say, c.caps),
        mute: keysFor(c.keys.mute, c.say, c.caps),
      });
  }
}

/** What each pad button does, for the settings' controls section. */
export function padControls(c: Pick<PromptContext, 'padSwapAB' | 'padStyle' | 'say'>): readonly (readonly [string, string])[] {
  return [
    [padButton('confirm', c), c.say('pad.does.confirm')],
    [padButton('cancel', c), c.say('pad.does.cancel')],
    [padButton('start', c), c.say('pad.does.start')],
    [padButton('view', c), c.say('pad.does.view')],
    [c.say('pad.dpad'), c.say('pad.does.dpad')],
  ];
}

/** Which naming a pad's id suggests (the Gamepad API's id names the vendor). */
export function padStyleOf(id: string): PadStyle {
  return /054c|playstation|dualshock|dualsense|wireless controller/i.test(id) ? 'shapes' : 'letters';
}

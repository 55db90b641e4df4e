// Prompts worded for the device the player used last and for their own bindings: "Hold Space to
// lean in" after a key, "Hold A to lean in" after a pad, "Touch and hold to lean in" after a
// touch. Cutscene files name the action; the game words it here. Pure, so every wording is
// tested in Node. The phrases are the English table; the languages issue moves them out.
import { keyLabel, type Bindings } from '../save/keyBindings';
import type { Device } from './intents';

/** How a pad's face buttons are named on it: letters (Xbox and most pads) or shapes (PlayStation). */
export type PadStyle = 'letters' | 'shapes';

export interface PromptContext {
  readonly device: Device;
  readonly keys: Bindings;
  readonly padSwapAB: boolean;
  readonly padStyle: PadStyle;
}

type PadButton = 'confirm' | 'cancel' | 'start' | 'view';

const PAD_NAMES: Readonly<Record<PadStyle, Readonly<Record<'bottom' | 'right' | 'start' | 'view', string>>>> = {
  letters: { bottom: 'A', right: 'B', start: 'Menu', view: 'View' },
  shapes: { bottom: 'Cross', right: 'Circle', start: 'Options', view: 'Create' },
};

/** The name printed on the pad button that does `what` for this player. */
export function padButton(what: PadButton, context: Pick<PromptContext, 'padSwapAB' | 'padStyle'>): string {
  const names = PAD_NAMES[context.padStyle];
  if (what === 'start') return names.start;
  if (what === 'view') return names.view;
  const bottom = (what === 'confirm') !== context.padSwapAB;
  return bottom ? names.bottom : names.right;
}

/** The keys bound to an action, as a player reads them ("Space", "Esc or P"). */
export function keysFor(keys: readonly string[]): string {
  return keys.length === 0 ? 'no key' : keys.map(keyLabel).join(' or ');
}

/** The cutscene's hold prompt: how to lean in for the kiss. */
export function leanPrompt(c: PromptContext): string {
  switch (c.device) {
    case 'gamepad':
      return `Hold ${padButton('confirm', c)} to lean in`;
    case 'touch':
      return 'Touch and hold to lean in';
    case 'mouse':
      return 'Hold the mouse button to lean in';
    case 'keyboard':
      return `Hold ${keysFor(c.keys.lean)} to lean in`;
  }
}

/** The Skip button's accessible name, with the hold that does the same. */
export function skipLabel(c: PromptContext): string {
  switch (c.device) {
    case 'gamepad':
      return `Skip this scene (or hold ${padButton('cancel', c)})`;
    case 'touch':
    case 'mouse':
      return 'Skip this scene';
    case 'keyboard':
      return `Skip this scene (or hold ${keysFor(c.keys.back)})`;
  }
}

/** The title's line about controls. */
export function controlsLine(c: PromptContext): string {
  switch (c.device) {
    case 'gamepad':
      return `${padButton('confirm', c)} chooses · ${padButton('cancel', c)} goes back · ${padButton('start', c)} pauses`;
    case 'touch':
      return 'Tap to read on · tap an object to use it · touch and hold to lean in';
    case 'mouse':
    case 'keyboard':
      return `Mouse or keyboard. ${keysFor(c.keys.back)} pauses · ${keysFor(c.keys.fullscreen)} fullscreen · ${keysFor(c.keys.mute)} mute`;
  }
}

/** What each pad button does, for the settings' controls section. */
export function padControls(c: Pick<PromptContext, 'padSwapAB' | 'padStyle'>): readonly (readonly [string, string])[] {
  return [
    [padButton('confirm', c), 'read on, use, choose; hold to lean in'],
    [padButton('cancel', c), 'back, or pause; hold to skip a scene'],
    [padButton('start', c), 'pause'],
    [padButton('view', c), 'history'],
    ['D-pad or left stick', 'move between objects, choices and settings'],
  ];
}

/** Which naming a pad's id suggests (the Gamepad API's id names the vendor). */
export function padStyleOf(id: string): PadStyle {
  return /054c|playstation|dualshock|dualsense|wireless controller/i.test(id) ? 'shapes' : 'letters';
}

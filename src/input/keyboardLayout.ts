// The player's keyboard layout, from the browser's keyboard layout map (Chromium browsers; the
// others have none and keep the US names). Bindings are physical codes: the key an AZERTY
// player presses to "go back" is still `KeyQ` to the game, but its cap says "A", and the
// prompts must say so. Refused quietly where the page may not ask (an embedding iframe
// without the `keyboard-map` permission), since the US names are only less kind, not wrong.
import type { KeyCaps } from '../save/keyBindings';

interface LayoutMapKeyboard {
  readonly getLayoutMap?: () => Promise<ReadonlyMap<string, string>>;
}

export async function readKeyCaps(): Promise<KeyCaps | undefined> {
  const keyboard = (navigator as Navigator & { keyboard?: LayoutMapKeyboard }).keyboard;
  if (!keyboard?.getLayoutMap) return undefined;
  try {
    return new Map(await keyboard.getLayoutMap());
  } catch {
    return undefined;
  }
}

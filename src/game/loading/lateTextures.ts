// The sprites only later moments use (the embrace, the open
// lighter...: build/titleSet.ts) load once the title answers, so they cost the title nothing.
// A press of New game or Continue that comes before they are in waits for them, the button
// marked busy, and goes through when they land.
import { lateTextureFiles } from './assetUrls';
import { loadTextures, type DecodedTexture } from './textureLoader';

export function loadLateTextures(): Promise<DecodedTexture[]> {
  return loadTextures(lateTextureFiles(), () => undefined);
}

/** The title's buttons that start play (ids from index.html). */
const STARTS = '#btn-new, #btn-continue';

/** Holds a press that starts play until `ready` has settled, then presses again. */
export function holdStartUntil(ready: Promise<unknown>): void {
  let settled = false;
  /** The last start pressed while waiting: the one that goes through. */
  let pressed: HTMLButtonElement | null = null;
  const release = (): void => {
    settled = true;
    document.removeEventListener('click', hold, { capture: true });
    if (!pressed) return;
    pressed.removeAttribute('aria-busy');
    pressed.click();
  };
  // Capturing at the document runs before any listener on the button itself.
  function hold(event: MouseEvent): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(STARTS) : null;
    if (settled || !button) return;
    event.stopImmediatePropagation();
    event.preventDefault();
    pressed?.removeAttribute('aria-busy');
    pressed = button;
    button.setAttribute('aria-busy', 'true');
  }
  document.addEventListener('click', hold, { capture: true });
  void ready.then(release, release);
}

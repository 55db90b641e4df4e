// Playing inside an itch.io iframe: the frame has no keyboard focus until the player clicks in
// it, so take focus on load and on any press; and a small on-screen fullscreen button (F does
// the same) that shows only where fullscreen is allowed and follows the browser's own exits.
import { button } from './dom';

export function installEmbed(overlay: HTMLElement, toggleFullscreen: () => void): HTMLButtonElement {
  window.focus();
  window.addEventListener('pointerdown', () => window.focus(), { capture: true });

  // button() stops the click reaching the overlay, so it never also advances the dialogue.
  const fullscreen = button('⛶', () => toggleFullscreen(), { id: 'btn-fullscreen', class: 'corner-button' });
  fullscreen.title = 'Fullscreen (F)';
  Object.assign(fullscreen.style, {
    position: 'absolute',
    top: '0.6em',
    right: '0.6em',
    zIndex: '40',
    padding: '0.1em 0.45em',
    lineHeight: '1.2',
    fontSize: '1.1em',
    opacity: '0.7',
  });
  const sync = (): void => {
    const on = document.fullscreenElement !== null;
    fullscreen.setAttribute('aria-label', on ? 'Leave fullscreen' : 'Fullscreen');
    fullscreen.setAttribute('aria-pressed', String(on));
    fullscreen.hidden = !document.fullscreenEnabled;
  };
  document.addEventListener('fullscreenchange', sync);
  sync();
  overlay.append(fullscreen);
  return fullscreen;
}

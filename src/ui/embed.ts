// Playing inside an itch.io iframe: the frame has no keyboard focus until the player clicks in
// it, so take focus on load (the pointer adapter takes it again on any press); and a small
// on-screen fullscreen button (F does the same) that shows only where fullscreen is allowed
// and follows the browser's own exits.
import type { Say } from '../lang/strings';
import { el } from './dom';
import { canFullscreen, fullscreenElement, FULLSCREEN_CHANGE } from './fullscreen';

export function installEmbed(overlay: HTMLElement, say: Say): HTMLButtonElement {
  window.focus();
  const fullscreen = el('button', {
    type: 'button',
    id: 'btn-fullscreen',
    class: 'play-button corner-button',
    'data-intent': 'fullscreen',
    'aria-keyshortcuts': 'F',
  });
  fullscreen.append(fullscreenIcon());
  // Beside the play controls (History, Pause), which leave this corner free.
  Object.assign(fullscreen.style, { position: 'absolute', top: '0.6em', right: '0.6em', zIndex: '10', lineHeight: '1' });
  const sync = (): void => {
    const on = fullscreenElement() !== null;
    fullscreen.dataset.label = on ? 'fullscreen.leave' : 'fullscreen.enter';
    fullscreen.setAttribute('aria-label', say(fullscreen.dataset.label));
    fullscreen.title = say('fullscreen.tooltip', { key: 'F' });
    fullscreen.setAttribute('aria-pressed', String(on));
    fullscreen.hidden = !canFullscreen();
  };
  for (const type of FULLSCREEN_CHANGE) document.addEventListener(type, sync);
  sync();
  overlay.append(fullscreen);
  return fullscreen;
}

/** Four corner brackets, drawn in the button's text colour. */
function fullscreenIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '1.1em');
  svg.setAttribute('height', '1.1em');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '1.6');
  svg.append(path);
  return svg;
}

// The brightness picture: shown once, the first time the game starts on a small screen (a
// phone in daylight shows the crypt as a black rectangle), and from Settings at any time. A
// candle drawn barely above black beside grey steps from black to candlelight, all through the
// same tone curve as the scene, and the slider: "until the symbol is barely visible".
import type { Settings } from '../../save/settings';
import { button, el } from '../dom';
import { number } from '../localize';
import type { Panel, PanelHooks } from './panelStack';
import { panelFrame } from './panelStack';
import { rangeControl } from './settingsControls';

export interface BrightnessHooks extends PanelHooks {
  readonly get: () => Settings;
  readonly set: (next: Settings) => void;
}

/** The steps, as sRGB values: black, the crypt's darkest stone, its mean (0.04), its lit stone, a candle's pool. */
const STEPS = ['#000000', '#050505', '#0a0a0a', '#151515', '#2a2a2a', '#e0964a'];
const SVG = 'http://www.w3.org/2000/svg';

export function createBrightnessPanel(hooks: BrightnessHooks): Panel & { sync: () => void } {
  const { root, body } = panelFrame('brightness', 'calibrate.heading', 'panel-brightness');
  const picture = el('div', { class: 'brightness-picture', role: 'img', 'data-label': 'calibrate.picture' });
  picture.append(el('div', { class: 'brightness-step', style: 'flex-grow: 2.2' }));
  for (const colour of STEPS) picture.append(el('div', { class: 'brightness-step', style: `background: ${colour}` }));
  picture.append(candle());

  const slider = rangeControl({
    label: 'settings.brightness',
    min: 0,
    max: 1,
    step: 0.05,
    get: () => hooks.get().brightness,
    set: (brightness) => hooks.set({ ...hooks.get(), brightness }),
    format: (v) => hooks.say('format.percent', { value: number(hooks.lang(), Math.round(v * 100)) }),
  });
  body.append(
    el('p', { class: 'brightness-panel-text', 'data-text': 'calibrate.instruction' }),
    picture,
    slider.row,
    el('p', { class: 'panel-note', 'data-text': 'calibrate.later' }),
  );
  root
    .querySelector('.panel-card')
    ?.append(button('', hooks.close, { id: 'brightness-done', class: 'panel-close', 'data-text': 'calibrate.done' }));
  return {
    name: 'brightness',
    root,
    onOpen: () => slider.sync(),
    initialFocus: () => root.querySelector<HTMLElement>('input'),
    sync: () => slider.sync(),
  };
}

/** A candle barely above black (about 0.03 of full scale): visible once the shadows are lifted enough. */
function candle(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 32 32');
  svg.setAttribute('class', 'brightness-symbol');
  svg.setAttribute('aria-hidden', 'true');
  const shape = (name: string, attrs: Record<string, string>): SVGElement => {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
    svg.append(node);
    return node;
  };
  shape('path', { d: 'M16 3c3 4 4 6.5 4 8.5a4 4 0 0 1-8 0c0-2 1-4.5 4-8.5z', fill: '#090807' });
  shape('rect', { x: '12', y: '15', width: '8', height: '14', rx: '1', fill: '#080808' });
  return svg;
}

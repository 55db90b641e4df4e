// Brightness on the page: one SVG filter holding the tone curve (src/scene/brightness.ts), applied
// by CSS to the canvas and to the calibration picture. A filter on the page rather than in the
// Phaser scene: it leaves the lighting rig and its baked stone alone, costs one pass the
// compositor runs on the GPU, and at level 0 there is no filter at all (the desktop default).
import { brightnessTable } from '../scene/brightness';

const SVG = 'http://www.w3.org/2000/svg';
export const BRIGHTNESS_FILTER_ID = 'brightness-lift';

export function installBrightness(doc: Document = document): (level: number) => void {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('width', '0');
  svg.setAttribute('height', '0');
  svg.style.position = 'absolute';
  const filter = doc.createElementNS(SVG, 'filter');
  filter.id = BRIGHTNESS_FILTER_ID;
  // The curve is written for the picture's own (sRGB) values, as the 0.04 was measured.
  filter.setAttribute('color-interpolation-filters', 'sRGB');
  const transfer = doc.createElementNS(SVG, 'feComponentTransfer');
  const channels = ['feFuncR', 'feFuncG', 'feFuncB'].map((name) => {
    const fn = doc.createElementNS(SVG, name);
    fn.setAttribute('type', 'table');
    transfer.append(fn);
    return fn;
  });
  filter.append(transfer);
  svg.append(filter);
  doc.body.append(svg);
  return (level) => {
    const table = brightnessTable(level)
      .map((v) => v.toFixed(4))
      .join(' ');
    for (const fn of channels) fn.setAttribute('tableValues', table);
    doc.body.classList.toggle('brightness-lifted', level > 0);
    doc.body.dataset.brightness = level.toFixed(2);
  };
}

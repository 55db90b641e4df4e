// Reading screenshots as numbers: how dark the scene is, where its warm light sits, and
// whether two frames differ.
import { PNG } from 'pngjs';

export interface Image {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export function decode(png: Buffer): Image {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, data: image.data };
}

function luminance(r: number, g: number, b: number): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

export function medianLuminance(image: Image): number {
  const values: number[] = [];
  for (let i = 0; i < image.data.length; i += 16)
    values.push(luminance(image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0));
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

/** The mean colour of the brightest `fraction` of pixels: candlelight should be warm (red ≫ blue). */
export function brightestColour(image: Image, fraction: number): { r: number; g: number; b: number; floor: number } {
  const pixels: [number, number, number, number][] = [];
  for (let i = 0; i < image.data.length; i += 4) {
    const r = image.data[i] ?? 0;
    const g = image.data[i + 1] ?? 0;
    const b = image.data[i + 2] ?? 0;
    pixels.push([luminance(r, g, b), r, g, b]);
  }
  pixels.sort((a, b) => b[0] - a[0]);
  const top = pixels.slice(0, Math.max(1, Math.floor(pixels.length * fraction)));
  const mean = (k: 1 | 2 | 3): number => top.reduce((s, p) => s + p[k], 0) / top.length;
  return { r: mean(1), g: mean(2), b: mean(3), floor: top.at(-1)?.[0] ?? 0 };
}

/** How many pixels differ between two images of the same size, inside an optional box. */
export function differingPixels(a: Image, b: Image, box?: { x: number; y: number; w: number; h: number }): number {
  const x0 = box?.x ?? 0;
  const y0 = box?.y ?? 0;
  const x1 = Math.min(a.width, x0 + (box?.w ?? a.width));
  const y1 = Math.min(a.height, y0 + (box?.h ?? a.height));
  let count = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * a.width + x) * 4;
      if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) count++;
    }
  }
  return count;
}

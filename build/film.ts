// Build-time: the film over the frame (src/game/film/filmOverlay.ts) baked to a PNG — black, its alpha
// the vignette's darkness with the baked grain's specks over it. Made here rather than in the
// page, where drawing it held back the title's first frame.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { filmAlpha, vignetteAt } from '../src/game/film/vignette';
import { FILM } from '../src/game/film/film';
import { ContentInvalid } from '../src/content/read';

export function bakeFilm(artDir: string): Buffer {
  let grain: PNG;
  try {
    grain = PNG.sync.read(readFileSync(join(artDir, 'grain.png')));
  } catch (error) {
    throw new ContentInvalid('assets/art/grain.png', [
      `the film's grain could not be read (${error instanceof Error ? error.message : String(error)})`,
    ]);
  }
  const w = (FILM.width + 2 * FILM.margin) / FILM.texel;
  const h = (FILM.height + 2 * FILM.margin) / FILM.texel;
  const film = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) {
    const v = ((y + 0.5) * FILM.texel - FILM.margin) / FILM.height;
    for (let x = 0; x < w; x++) {
      const u = ((x + 0.5) * FILM.texel - FILM.margin) / FILM.width;
      const speck = ((grain.data[((y % grain.height) * grain.width + (x % grain.width)) * 4] ?? 0) / 255) * FILM.grain;
      const i = (y * w + x) * 4;
      film.data[i] = 0;
      film.data[i + 1] = 0;
      film.data[i + 2] = 0;
      film.data[i + 3] = Math.round(255 * filmAlpha(vignetteAt(u, v, FILM.vignetteRadius, FILM.vignetteStrength), speck));
    }
  }
  return PNG.sync.write(film, { deflateLevel: 9 });
}

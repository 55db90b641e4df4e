// Imported first by main.ts, so the textures start downloading before Phaser's own module has
// even been evaluated. The loading bar subscribes to the progress once it exists.
import { textureFiles } from './assetUrls';
import { loadTextures, type DecodedTexture } from './textureLoader';

let latest = 0;
const listeners = new Set<(fraction: number) => void>();

export const texturesLoading: Promise<DecodedTexture[]> = loadTextures(textureFiles(), (fraction) => {
  latest = fraction;
  for (const listener of listeners) listener(fraction);
});
// A failure is reported where the promise is awaited (the preload scene); this keeps it from
// also surfacing as an unhandled rejection before then.
texturesLoading.catch(() => undefined);

/** Calls `listener` with the progress so far, then with each change. */
export function onTextureProgress(listener: (fraction: number) => void): void {
  listeners.add(listener);
  listener(latest);
}

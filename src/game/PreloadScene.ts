// Hands the decoded textures (fetched since the page's script started, see earlyTextures.ts)
// to Phaser: the atlas with its frames, the single textures, each with its normal map.
import Phaser from 'phaser';
import { TextureLoadError, type DecodedTexture } from './textureLoader';

export interface PreloadHooks {
  readonly failed: (file: string) => void;
  readonly ready: () => void;
}

export class PreloadScene extends Phaser.Scene {
  constructor(
    private readonly hooks: PreloadHooks,
    private readonly decoded: Promise<readonly DecodedTexture[]>,
  ) {
    super('preload');
  }

  create(): void {
    this.decoded.then(
      (all) => {
        for (const t of all) {
          const image = asSource(t.image);
          const normal = t.normal ? asSource(t.normal) : undefined;
          if (t.frames) this.textures.addAtlas(t.key, image, t.frames, normal);
          else this.textures.addImage(t.key, image, normal);
        }
        performance.mark('every-night:textures-loaded');
        this.hooks.ready();
        this.scene.start('crypt');
      },
      (error: unknown) => this.hooks.failed(error instanceof TextureLoadError ? error.file : String(error)),
    );
  }
}

/**
 * Phaser's texture sources take any image WebGL can upload (it reads `width` and `height` and
 * hands the object to texImage2D, which takes ImageBitmap); its type definitions only name
 * HTMLImageElement. The bitmap is already premultiplied and upside down, as Phaser asks WebGL to
 * make an image on upload (WebGL leaves bitmaps as they are).
 */
function asSource(bitmap: ImageBitmap): HTMLImageElement {
  return bitmap as unknown as HTMLImageElement;
}

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
          if (t.frames) this.textures.addAtlas(t.key, t.image, t.frames, t.normal ?? undefined);
          else this.textures.addImage(t.key, t.image, t.normal ?? undefined);
        }
        performance.mark('every-night:textures-loaded');
        this.hooks.ready();
        this.scene.start('crypt');
      },
      (error: unknown) => this.hooks.failed(error instanceof TextureLoadError ? error.file : String(error)),
    );
  }
}

// Loads every texture with its normal map and reports real progress to the loading bar.
import Phaser from 'phaser';
import { textureNames, textureUrls } from './assetUrls';

export interface PreloadHooks {
  readonly progress: (fraction: number) => void;
  readonly failed: (file: string) => void;
  readonly ready: () => void;
}

export class PreloadScene extends Phaser.Scene {
  private failures = 0;

  constructor(private readonly hooks: PreloadHooks) {
    super('preload');
  }

  preload(): void {
    this.load.on('progress', (value: number) => this.hooks.progress(value));
    this.load.on('loaderror', (file: Phaser.Loader.File) => {
      this.failures++;
      this.hooks.failed(file.src);
    });
    for (const name of textureNames()) {
      const urls = textureUrls(name);
      if (!urls) continue;
      if (urls.normal) this.load.image(name, [urls.image, urls.normal]);
      else this.load.image(name, urls.image);
    }
  }

  create(): void {
    if (this.failures > 0) return;
    this.hooks.ready();
    this.scene.start('crypt');
  }
}

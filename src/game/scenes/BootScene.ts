// First scene: checks the renderer can light the crypt, then hands over to loading.
import Phaser from 'phaser';

export class BootScene extends Phaser.Scene {
  constructor(private readonly onNoWebGL: () => void) {
    super('boot');
  }

  create(): void {
    performance.mark('every-night:phaser-booted');
    if (this.game.renderer.type !== Phaser.WEBGL) this.onNoWebGL();
    this.scene.start('preload');
  }
}

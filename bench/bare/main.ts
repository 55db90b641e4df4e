// The bench's yardstick: a bare Phaser 4 page built with the same Vite, drawing one
// 1280×720 image, scaled to fit like the game. It marks `data-ready` when its scene is up (the
// bench then waits one frame, as it does for the game).
import Phaser from 'phaser';
import imageUrl from '../../assets/art/crypt_back.png?url';

class OneImage extends Phaser.Scene {
  constructor() {
    super('one');
  }

  preload(): void {
    this.load.image('one', imageUrl);
  }

  create(): void {
    this.add.image(0, 0, 'one').setOrigin(0, 0);
    document.body.dataset.ready = String(performance.now());
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'host',
  width: 1280,
  height: 720,
  backgroundColor: '#000000',
  audio: { noAudio: true },
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: [OneImage],
});
// The bench steps this game by hand to time one frame (scripts/bench.mjs, frameCost).
Object.assign(window, { bare: game });

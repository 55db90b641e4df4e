// The room's stone, lit once and kept. The backdrop fills the frame, and lighting it every frame
// runs every light for every pixel (in software WebGL that alone cost several times a plain
// frame). The lights do not move, so the stone — with the still scenery in front of it (the
// sarcophagus, the candles behind the figures, the shaft from the stairs) — is lit into a
// texture at the lights' steady strength, and lit again only when that changes: a light turned
// on or off, the mood shifting. The candles' flicker still plays on the halos, the flames, the
// figures and the objects they handle.
import Phaser from 'phaser';

const RELIGHT_EVERY_MS = 100;

/** The texture the stone is lit into. */
const LIT_KEY = 'crypt_lit';

/**
 * Makes the texture the stone will be lit into, before anything else is uploaded. Making a
 * render target checks it with the GPU, and that check waits for every upload still queued: made
 * once the sheets were on their way it held the main thread for a fifth of a second in software
 * WebGL (bench, issue 19); made first, it waits for nothing.
 */
export function prepareLitBackdrop(textures: Phaser.Textures.TextureManager, width: number, height: number): void {
  if (!textures.exists(LIT_KEY)) textures.addDynamicTexture(LIT_KEY, width, height);
}

export class LitBackdrop {
  private readonly canvas: Phaser.Textures.DynamicTexture;
  private readonly cached: Phaser.GameObjects.Image;
  private lastKey = '';
  private litAt = -Infinity;
  /** A texture drawn before the renderer's first frame comes out black: wait for that frame. */
  private rendererReady = false;

  /**
   * @param stone the backdrop, drawn first
   * @param still what stands in front of it and never changes, in drawing order
   */
  constructor(
    private readonly scene: Phaser.Scene,
    private readonly stone: Phaser.GameObjects.Image,
    private readonly still: readonly Phaser.GameObjects.GameObject[],
  ) {
    const { width, height } = stone;
    prepareLitBackdrop(scene.textures, width, height);
    const canvas = scene.textures.get(LIT_KEY);
    if (!isDynamic(canvas)) throw new Error(`the lit backdrop could not be made (texture key "${LIT_KEY}" taken)`);
    // Prepared at the size the stone was baked; a stone uploaded otherwise is lit at its own.
    if (canvas.width !== width || canvas.height !== height) canvas.setSize(width, height);
    this.canvas = canvas;
    // Until the first lighting lands, the stone is lit live as before.
    this.cached = scene.add.image(stone.x, stone.y, LIT_KEY).setOrigin(0, 0).setDepth(stone.depth).setVisible(false);
    // A lost and restored context comes back with an empty texture: light it again.
    scene.game.renderer.on(Phaser.Renderer.Events.RESTORE_WEBGL, () => (this.lastKey = ''));
    scene.game.events.once(Phaser.Core.Events.POST_RENDER, () => (this.rendererReady = true));
  }

  /**
   * Lights the stone again if `key` (how the lights stand, steady) differs from last time.
   * Call it with the lights set to their steady strength.
   */
  relight(key: string): void {
    if (key === this.lastKey || !this.rendererReady) return;
    // While the light is changing (the reunion's room warms over fourteen seconds) the stone is
    // relit ten times a second, not every frame: each relight costs a lit frame, and steps of
    // a tenth of a second in a slow warming do not show. A first lighting is never held back.
    const now = this.scene.game.loop.now;
    if (this.lastKey !== '' && now - this.litAt < RELIGHT_EVERY_MS) return;
    this.lastKey = key;
    this.litAt = now;
    // A texture is drawn upside down relative to the screen, and Phaser places lights in it
    // from the top: mirror them for the draw and put them back.
    const lights = this.scene.lights.lights;
    const height = this.canvas.height;
    for (const light of lights) light.y = height - light.y;
    this.stone.setVisible(true);
    this.canvas
      .clear()
      .draw([this.stone, ...this.still])
      .render();
    this.stone.setVisible(false);
    if (!this.cached.visible) {
      // From now on the texture stands for them: the camera no longer draws them itself.
      this.cached.setVisible(true);
      this.scene.cameras.main.ignore([...this.still]);
    }
    for (const light of lights) light.y = height - light.y;
  }
}

/** By its type name: the game's own Phaser build has no DynamicTexture class to test against. */
function isDynamic(texture: Phaser.Textures.Texture): texture is Phaser.Textures.DynamicTexture {
  return 'type' in texture && texture.type === 'DynamicTexture';
}

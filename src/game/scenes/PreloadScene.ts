// Hands the decoded textures (fetched since the page's script started, see earlyTextures.ts)
// to Phaser: the atlas with its frames, the single textures, each with its normal map, each
// within the device's texture size. Once the room is up behind the title, the sprites of later
// moments follow (lateTextures.ts). Each upload is a task of its own, the page free in between:
// uploading every sheet at once held the main thread for a third of a second in software WebGL.
import Phaser from 'phaser';
import { prepareLitBackdrop } from '../render/litBackdrop';
import { holdStartUntil, loadLateTextures } from '../loading/lateTextures';
import { TextureLoadError, type DecodedTexture } from '../loading/textureLoader';
import { ATLAS_KEY } from '../loading/textures';
import { shrinkToFit, textureLimit } from '../loading/textureFit';

export interface PreloadHooks {
  readonly failed: (file: string) => void;
  readonly ready: () => void;
}

export class PreloadScene extends Phaser.Scene {
  constructor(
    private readonly hooks: PreloadHooks,
    private readonly decoded: Promise<readonly DecodedTexture[]>,
    /** The level's backdrop texture, whose lit copy is made before anything is uploaded. */
    private readonly backdrop: string,
  ) {
    super('preload');
  }

  create(): void {
    const fail = (error: unknown): void => this.hooks.failed(error instanceof TextureLoadError ? error.file : String(error));
    this.decoded
      .then(async (all) => {
        const stone = all.find((t) => t.key === this.backdrop);
        if (stone) prepareLitBackdrop(this.textures, stone.image.width, stone.image.height);
        for (const t of all) await this.addTexture(t);
        performance.mark('every-night:textures-loaded');
        this.hooks.ready();
        // The warm-up's frames also give the GPU time to copy the uploads; otherwise the crypt's
        // first render target waits for them on the main thread (76 ms in software WebGL).
        await this.warmUp();
        // The rest once the crypt has drawn its first frame behind the title.
        this.scene.get('crypt').events.once(Phaser.Scenes.Events.CREATE, () => {
          this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
            const late = loadLateTextures().then(async (more) => {
              for (const t of more) await this.addTexture(t);
            });
            holdStartUntil(late);
            late.catch(fail);
          });
        });
        this.scene.start('crypt');
      })
      .catch(fail);
  }

  /**
   * Draws, faintly, what the crypt draws with: a filled camera, a lit sprite, an unlit additive
   * one, lit and unlit particles. Each kind's shader compiles on its first draw, and compiling
   * them all in the crypt's first frame held the main thread for a fifth of a second in software
   * WebGL; here they compile in two frames of their own, behind the title.
   */
  private async warmUp(): Promise<void> {
    const atlas = this.textures.exists(ATLAS_KEY) ? this.textures.get(ATLAS_KEY) : null;
    const frame = atlas?.getFrameNames()[0];
    if (!atlas || frame === undefined) return;
    this.lights.enable();
    const { width, height } = this.scale;
    const faint = (image: Phaser.GameObjects.Image): Phaser.GameObjects.Image => image.setAlpha(0.004).setScale(0.05);
    // Two frames, as few as the title can wait for: the cheap shaders (the camera's fill, the
    // additive sprite), then the lit one with the particles, which compile nothing of their own.
    const steps: (() => Phaser.GameObjects.GameObject[])[] = [
      () => {
        // The crypt's camera fills its background: the flat shader.
        this.cameras.main.setBackgroundColor(0x000000);
        return [faint(this.add.image(width / 2, height / 2, ATLAS_KEY, frame).setBlendMode(Phaser.BlendModes.ADD))];
      },
      () => [
        faint(this.add.image(width / 2, height / 2, ATLAS_KEY, frame).setLighting(true)),
        this.add.particles(width / 2, height / 2, ATLAS_KEY, {
          frame,
          lifespan: 100,
          alpha: 0.004,
          scale: 0.05,
          quantity: 1,
          blendMode: Phaser.BlendModes.ADD,
        }),
        this.add
          .particles(width / 2, height / 2, ATLAS_KEY, { frame, lifespan: 100, alpha: 0.004, scale: 0.05, quantity: 1 })
          .setLighting(true),
      ],
    ];
    const made: Phaser.GameObjects.GameObject[] = [];
    for (const step of steps) {
      made.push(...step());
      await nextFrame();
    }
    for (const object of made) object.destroy();
    this.lights.disable();
  }

  private async addTexture(t: DecodedTexture): Promise<void> {
    const renderer = this.game.renderer as Phaser.Renderer.WebGL.WebGLRenderer;
    const limit = textureLimit(renderer.getMaxTextureSize(), document.documentElement.dataset.maxTextureSize);
    const factor = shrinkToFit(t.image.width, t.image.height, limit);
    const fit = (bitmap: ImageBitmap): Promise<ImageBitmap> | ImageBitmap =>
      factor === 1
        ? bitmap
        : createImageBitmap(bitmap, {
            resizeWidth: Math.ceil(bitmap.width / factor),
            resizeHeight: Math.ceil(bitmap.height / factor),
            resizeQuality: 'high',
          });
    const image = asSource(await fit(t.image));
    const normal = t.normal ? asSource(await fit(t.normal)) : null;
    await nextTask();
    if (t.frames) this.textures.addAtlas(t.key, image, t.frames);
    else this.textures.addImage(t.key, image);
    const texture = this.textures.get(t.key);
    if (normal) {
      await nextTask();
      texture.setDataSource(normal);
    }
    if (factor !== 1) drawAtFullSize(texture, t.image.width, t.image.height);
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Lets the page breathe: the rest runs in a task of its own. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A texture uploaded smaller than it was baked, drawn at its baked size: its frames keep their
 * baked coordinates, and their texture coordinates are taken against the baked size, which
 * lands them on the same places of the smaller image.
 */
function drawAtFullSize(texture: Phaser.Textures.Texture, width: number, height: number): void {
  for (const source of texture.source) {
    source.width = width;
    source.height = height;
  }
  for (const name of texture.getFrameNames(true)) {
    const frame = texture.get(name);
    if (name === '__BASE') frame.setSize(width, height);
    else frame.updateUVs();
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

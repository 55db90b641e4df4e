// Baked textures are named as in assets/art (e.g. "buffy_seated"); most are frames of one
// packed atlas, a few are textures of their own. Scenes ask here instead of Phaser directly.
import type Phaser from 'phaser';

export const ATLAS_KEY = 'sprites';

/** The texture key and frame to draw a baked texture with, or null when it was not loaded. */
export function textureFrame(textures: Phaser.Textures.TextureManager, name: string): [key: string, frame: string | undefined] | null {
  if (textures.exists(name)) return [name, undefined];
  if (textures.exists(ATLAS_KEY) && textures.get(ATLAS_KEY).has(name)) return [ATLAS_KEY, name];
  return null;
}

export function hasTexture(textures: Phaser.Textures.TextureManager, name: string): boolean {
  return textureFrame(textures, name) !== null;
}

/** The baked texture an image shows: its atlas frame's name, or its own texture's key. */
export function bakedName(image: Phaser.GameObjects.Image): string {
  return image.texture.key === ATLAS_KEY ? image.frame.name : image.texture.key;
}

// Baked textures are named as in assets/art (e.g. "buffy_seated"); most are frames of a packed
// atlas (the title's, or the one loaded after it), a few are textures of their own. Scenes ask
// here instead of Phaser directly.
import type Phaser from 'phaser';

export const ATLAS_KEY = 'sprites';
export const LATE_ATLAS_KEY = 'sprites_late';
const ATLASES = [ATLAS_KEY, LATE_ATLAS_KEY];

/** The texture key and frame to draw a baked texture with, or null when it was not loaded. */
export function textureFrame(textures: Phaser.Textures.TextureManager, name: string): [key: string, frame: string | undefined] | null {
  if (textures.exists(name)) return [name, undefined];
  for (const key of ATLASES) if (textures.exists(key) && textures.get(key).has(name)) return [key, name];
  return null;
}

export function hasTexture(textures: Phaser.Textures.TextureManager, name: string): boolean {
  return textureFrame(textures, name) !== null;
}

/** The baked texture an image shows: its atlas frame's name, or its own texture's key. */
export function bakedName(image: Phaser.GameObjects.Image): string {
  return ATLASES.includes(image.texture.key) ? image.frame.name : image.texture.key;
}

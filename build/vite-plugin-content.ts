// Vite plugin: serves the validated, compiled content as the module `virtual:content`.
// A content fault stops the build with the file and line; the ink compiler stays here, at
// build time, and never reaches the bundle.
import type { Plugin } from 'vite';
import { defaultPaths, readContent } from './content';
import { loadCredits, loadTextureScales } from './manifest';

const ID = 'virtual:content';
const RESOLVED = `\0${ID}`;

export function contentPlugin(root: string): Plugin {
  return {
    name: 'every-night-content',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const content = readContent(defaultPaths(root));
      for (const file of content.files) this.addWatchFile(file);
      const credits = loadCredits(root);
      const textureScales = loadTextureScales(root);
      return [
        `export const storyJson = ${JSON.stringify(content.storyJson)};`,
        `export const scene = ${JSON.stringify(content.raw.scene)};`,
        `export const cutscenes = ${JSON.stringify(content.raw.cutscenes)};`,
        `export const cues = ${JSON.stringify(content.raw.cues)};`,
        `export const credits = ${JSON.stringify(credits)};`,
        `export const textureScales = ${JSON.stringify(textureScales)};`,
      ].join('\n');
    },
  };
}

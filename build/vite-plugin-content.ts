// Vite plugin: serves the validated, compiled content as the module `virtual:content`.
// A content fault stops the build with the file and line; the ink compiler stays here, at
// build time, and never reaches the bundle.
import type { Plugin } from 'vite';
import { defaultPaths, readContent } from './content';
import { stringTables } from './lang';
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
      const { tables, names, reports } = stringTables(root);
      for (const report of reports) {
        if (report.missing.length > 0)
          this.warn(
            `levels/lang/${report.lang}.json: ${String(report.missing.length)} strings not translated yet (English shows): ${report.missing.join(', ')}`,
          );
        if (report.stale.length > 0)
          this.warn(
            `levels/lang/${report.lang}.json: ${String(report.stale.length)} translated from English that has changed since: ${report.stale.join(', ')}`,
          );
      }
      for (const file of ['levels/lang', 'levels/every-night.ink']) this.addWatchFile(`${root}/${file}`);
      return [
        `export const storyJson = ${JSON.stringify(content.storyJson)};`,
        `export const level = ${JSON.stringify(content.raw.level)};`,
        `export const figures = ${JSON.stringify(content.raw.figures)};`,
        `export const cutscenes = ${JSON.stringify(content.raw.cutscenes)};`,
        `export const cues = ${JSON.stringify(content.raw.cues)};`,
        `export const credits = ${JSON.stringify(credits)};`,
        `export const textureScales = ${JSON.stringify(textureScales)};`,
        `export const languages = ${JSON.stringify({ tables, names })};`,
      ].join('\n');
    },
  };
}

// Vite plugin: the fonts as needed. Serves `virtual:fonts.css` — Fontsource's @font-face rules for
// the faces and weights the game uses, only in the Latin subsets (latin: English, Spanish and
// French; latin-ext: the rest of Europe's Latin letters) and only as woff2 (what every target
// browser reads). Each rule keeps Fontsource's unicode-range, so a browser fetches a file only
// when text on screen needs it: the title fetches Cormorant's latin 400, 400 italic and 600
// (the "Content note" in bold) and nothing else; latin-ext, Atkinson Hyperlegible and
// OpenDyslexic come when a line or the settings panel shows them. Those three title files are
// preloaded from the page's head, so the title's font is on its way with the page itself.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:fonts.css';
const RESOLVED = `\0${ID}.css`;

/** Each face's weights and styles the game's CSS asks for. */
export const FACES: readonly { readonly pkg: string; readonly files: readonly string[] }[] = [
  { pkg: '@fontsource/cormorant-garamond', files: ['400.css', '400-italic.css', '600.css'] },
  { pkg: '@fontsource/atkinson-hyperlegible', files: ['400.css'] },
  { pkg: '@fontsource/opendyslexic', files: ['400.css'] },
];
export const SUBSETS: readonly string[] = ['latin', 'latin-ext'];
/** The title's own files (English needs only the latin subset). */
const TITLE_FONTS = /^assets\/cormorant-garamond-latin-(400-normal|400-italic|600-normal)-[\w-]+\.woff2$/;

/** The @font-face rules of a Fontsource stylesheet for `subsets`, woff2 only, urls made absolute. */
export function fontFaces(css: string, dir: string, subsets: readonly string[]): string {
  const rules = css.split(/(?=\/\* )/).filter((rule) => rule.includes('@font-face'));
  const kept = rules.filter((rule) => {
    const name = /\/\* ([\w-]+) \*\//.exec(rule)?.[1] ?? '';
    return subsets.some((subset) => new RegExp(`-${subset}-\\d+-(normal|italic)$`).test(name));
  });
  return kept
    .map((rule) =>
      rule.replace(
        /src: url\(\.\/([^)]+\.woff2)\) format\('woff2'\)[^;]*;/,
        (_m, file: string) => `src: url(${JSON.stringify(join(dir, file))}) format('woff2');`,
      ),
    )
    .join('\n');
}

export function fontsPlugin(root: string): Plugin {
  const require = createRequire(join(root, 'package.json'));
  return {
    name: 'every-night-fonts',
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      return FACES.flatMap(({ pkg, files }) => {
        const dir = dirname(require.resolve(`${pkg}/package.json`));
        return files.map((file) => {
          this.addWatchFile(join(dir, file));
          return fontFaces(readFileSync(join(dir, file), 'utf8'), dir, SUBSETS);
        });
      }).join('\n');
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const files = Object.keys(ctx.bundle ?? {})
          .filter((file) => TITLE_FONTS.test(file))
          .sort();
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

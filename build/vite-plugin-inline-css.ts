// Vite plugin: the game's stylesheet goes inside index.html instead of beside it. A linked
// stylesheet blocks the first paint until it has come over the network — on a phone's
// connection one more round trip (0.6 s on Lighthouse's slow 4G) before the title shows — and
// it is small (about 4 KB gzipped), so it travels with the page.
import type { Plugin } from 'vite';

interface Asset {
  source: string | Uint8Array;
}

const LINK = /<link rel="stylesheet"(?: crossorigin)? href="\.\/(assets\/[\w.-]+\.css)">/g;

export function inlineCssPlugin(): Plugin {
  return {
    name: 'every-night-inline-css',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'] as Asset | undefined;
        if (!page || typeof page.source !== 'string') return;
        page.source = page.source.replace(LINK, (tag, file: string) => {
          const sheet = bundle[file] as Asset | undefined;
          if (!sheet) return tag;
          // Its urls were relative to assets/; from the page they start one folder up.
          const css = String(sheet.source)
            .replace(/url\(\.\//g, 'url(./assets/')
            .replace(/<\/style/gi, '<\\/style');
          Reflect.deleteProperty(bundle, file);
          return `<style>${css}</style>`;
        });
      },
    },
  };
}

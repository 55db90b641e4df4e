import { defineConfig } from 'vite';
import { atlasPlugin } from './build/vite-plugin-atlas';
import { contentPlugin } from './build/vite-plugin-content';
import { fontsPlugin } from './build/vite-plugin-fonts';
import { inlineCssPlugin } from './build/vite-plugin-inline-css';
import { phaserFlagsPlugin } from './build/vite-plugin-phaser';
import { titleWordsPlugin } from './build/vite-plugin-title-words';

export default defineConfig({
  // Relative URLs: itch.io serves the game from a sub-folder of its CDN.
  base: './',
  // The game's own Phaser: only what it uses, built from Phaser's sources (src/vendor/phaser-lite.js).
  resolve: { alias: [{ find: /^phaser$/, replacement: `${import.meta.dirname}/src/vendor/phaser-lite.js` }] },
  plugins: [
    phaserFlagsPlugin(),
    contentPlugin(import.meta.dirname),
    atlasPlugin(import.meta.dirname),
    fontsPlugin(import.meta.dirname),
    inlineCssPlugin(),
    titleWordsPlugin(import.meta.dirname),
  ],
  build: {
    outDir: 'dist',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
});

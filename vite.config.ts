import { defineConfig } from 'vite';
import { atlasPlugin } from './build/vite-plugin-atlas';
import { contentPlugin } from './build/vite-plugin-content';
import { fontsPlugin } from './build/vite-plugin-fonts';
import { inlineCssPlugin } from './build/vite-plugin-inline-css';

export default defineConfig({
  // Relative URLs: itch.io serves the game from a sub-folder of its CDN.
  base: './',
  plugins: [contentPlugin(import.meta.dirname), atlasPlugin(import.meta.dirname), fontsPlugin(import.meta.dirname), inlineCssPlugin()],
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

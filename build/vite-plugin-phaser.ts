// Vite plugin: builds Phaser from its sources with the compile-time flags its own webpack
// config sets (node_modules/phaser/config/webpack.dist.config.js), chosen for this game: the
// WebGL renderer only (no canvas fallback: without WebGL there is no candlelight, and the page
// says so), no sound system (Howler plays the sound), no debug, no camera-3D or Facebook plugins.
// Phaser tests each flag as `typeof FLAG`; here each test becomes its answer, and the code
// behind a false one is left out of the bundle.
import type { Plugin } from 'vite';

export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: false,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

const FLAG = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');
const PHASER_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/].*\.js$/;

export function phaserFlagsPlugin(): Plugin {
  return {
    name: 'every-night-phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      if (!PHASER_SOURCE.test(id) || !code.includes('typeof ')) return null;
      const replaced = code.replace(FLAG, (_m, flag: string) => String(PHASER_FLAGS[flag]));
      return replaced === code ? null : { code: replaced, map: null };
    },
  };
}

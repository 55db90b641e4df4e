// Vite plugin: builds Phaser from its sources with the compile-time flags its own webpack
// config sets (node_modules/phaser/config/webpack.dist.config.js), chosen for this game: the
// WebGL renderer only (no canvas fallback: without WebGL there is no candlelight, and the page
// says so), no sound system (Howler plays the sound), no debug, no camera-3D or Facebook plugins.
// Phaser tests each flag as `typeof FLAG`; here each test becomes its answer, and the code
// behind a false one is left out of the bundle. And its WebGL probe waits until it is read.
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

/**
 * Phaser probes for WebGL as its module is evaluated, with a context of its own: the browser's
 * first, which pays for the GPU side's start on the main thread. The game starts that beside the
 * page (build/gpuWarmUp.ts) and asks for WebGL only after, so the probe is made when first read
 * (the renderer's creation, createGame.ts), not at load. Its by-product, `support32bit`, stays
 * false: only Phaser's canvas pixel code reads it, and this build has none.
 */
export const EAGER_WEBGL_PROBE = 'Features.webGL = testWebGL();';
export const LAZY_WEBGL_PROBE = `var webGLProbed;
    Object.defineProperty(Features, 'webGL', {
        enumerable: true,
        get: function () { if (webGLProbed === undefined) { webGLProbed = testWebGL(); } return webGLProbed; }
    });`;
const FEATURES_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/]device[\\/]Features\.js$/;

/** Phaser's source as this game builds it: flags answered, the WebGL probe made when first read. */
export function transformPhaser(code: string, id: string): string | null {
  if (!PHASER_SOURCE.test(id)) return null;
  let out = code.includes('typeof ') ? code.replace(FLAG, (_m, flag: string) => String(PHASER_FLAGS[flag])) : code;
  if (FEATURES_SOURCE.test(id)) {
    if (!out.includes(EAGER_WEBGL_PROBE)) throw new Error(`${id}: Phaser's WebGL probe (${EAGER_WEBGL_PROBE}) is no longer there to defer`);
    out = out.replace(EAGER_WEBGL_PROBE, LAZY_WEBGL_PROBE);
  }
  return out === code ? null : out;
}

export function phaserFlagsPlugin(): Plugin {
  return {
    name: 'every-night-phaser-flags',
    enforce: 'pre',
    transform(code, id) {
      const out = transformPhaser(code, id);
      return out === null ? null : { code: out, map: null };
    },
  };
}

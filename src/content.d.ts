// The module the content plugin (build/vite-plugin-content.ts) generates at build time.
declare module 'virtual:content' {
  import type { CueDef } from './story/contentIndex';
  export const storyJson: string;
  export const scene: unknown;
  export const cutscenes: Readonly<Record<string, unknown>>;
  export const cues: Readonly<Record<string, CueDef>>;
  /** Texture name → the scale it is drawn at (art is baked larger for close-ups). */
  export const textureScales: Readonly<Record<string, number>>;
  export const credits: readonly {
    readonly file: string;
    readonly title: string;
    readonly origin: string;
    readonly licence: string;
    readonly author: string;
  }[];
}

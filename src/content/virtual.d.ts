// The module the content plugin (build/vite-plugin-content.ts) generates at build time.
// Content arrives unknown and is validated where it is used: an ambient module cannot name the
// game's own types (a relative import here silently typed `cues` as an error type).
declare module 'virtual:content' {
  export const storyJson: string;
  export const level: unknown;
  export const figures: unknown;
  export const cutscenes: Readonly<Record<string, unknown>>;
  export const cues: unknown;
  /** Every language's strings by key (English complete), and each language's name for itself. */
  export const languages: {
    readonly tables: Readonly<Record<string, Readonly<Record<string, string>>>>;
    readonly names: Readonly<Record<string, string>>;
  };
  /** Texture name → the scale it is drawn at (art is baked larger for close-ups). */
  export const textureScales: Readonly<Record<string, number>>;
  export const credits: readonly {
    readonly file: string;
    readonly title: string;
    readonly credit: string;
    readonly origin: string;
    readonly licence: string;
    readonly author: string;
  }[];
}

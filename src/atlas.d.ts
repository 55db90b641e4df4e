// The module the atlas plugin (build/vite-plugin-atlas.ts) generates at build time.
declare module 'virtual:atlas' {
  interface AtlasSheets {
    readonly key: string;
    readonly image: string;
    readonly normal: string;
    readonly frames: object;
  }
  /** The sprites the title shows, packed in one sheet, with a matching normal-map sheet. */
  export const atlas: AtlasSheets;
  /** The sprites only later moments use, loaded once the title answers (null when there are none). */
  export const lateAtlas: AtlasSheets | null;
  /** Textures kept as files of their own (the backdrop, the film overlay). */
  export const singles: readonly { readonly name: string; readonly image: string; readonly normal: string | null }[];
}

// The font faces the fonts plugin (build/vite-plugin-fonts.ts) generates.
declare module 'virtual:fonts.css';

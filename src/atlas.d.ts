// The module the atlas plugin (build/vite-plugin-atlas.ts) generates at build time.
declare module 'virtual:atlas' {
  /** Every small sprite of assets/art packed in one sheet, with a matching normal-map sheet. */
  export const atlas: { readonly image: string; readonly normal: string; readonly frames: object };
  /** Textures kept as files of their own (the backdrop, the film overlay). */
  export const singles: readonly { readonly name: string; readonly image: string; readonly normal: string | null }[];
}

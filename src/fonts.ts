// The game's fonts: Fontsource faces in the Latin subsets, as woff2 (build/vite-plugin-fonts.ts).
// The browser fetches a file only when text needs it; the title's three are preloaded.
import 'virtual:fonts.css';

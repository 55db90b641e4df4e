// Vite plugin: serves `virtual:atlas` — the sprite atlas packed from assets/art/ at build time
// (build/atlas.ts), its normal map, its frames, the film overlay (build/film.ts), and the URLs
// of the textures kept single.
// In a build the two sheets are emitted as hashed assets; the dev server serves them itself.
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { packAtlas } from './atlas';
import { earlySheetsScript } from './earlySheets';
import { bakeFilm } from './film';

const ID = 'virtual:atlas';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@every-night/';
/** The textures the title needs, as emitted: the atlas, its normal map, the film, the backdrop. */
const SHEET = /^assets\/(sprites|sprites_n|film|crypt_back|crypt_back_n)-[\w-]+\.png$/;

export function atlasPlugin(root: string): Plugin {
  const artDir = join(root, 'assets/art');
  let serving = false;
  /** The early script's file, once the bundle has been written. */
  let earlyScript: string | null = null;
  let latest: Record<string, Buffer> = {};
  return {
    name: 'every-night-atlas',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(DEV_PATH) ? req.url.slice(DEV_PATH.length).split('?')[0] : undefined;
        const sheet = name === undefined ? undefined : latest[name];
        if (!sheet) {
          next();
          return;
        }
        res.setHeader('Content-Type', 'image/png');
        res.end(sheet);
      });
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    // A small classic script, run before the game's module, starts the sheets downloading and
    // decoding while the game's script still loads (build/earlySheets.ts).
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const sheets = Object.keys(bundle).filter((file) => SHEET.test(file)).sort();
        const source = earlySheetsScript(sheets);
        earlyScript = `assets/early-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: earlyScript, source });
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        return earlyScript ? [{ tag: 'script', attrs: { src: `./${earlyScript}` }, injectTo: 'head-prepend' as const }] : [];
      },
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const atlas = packAtlas(artDir);
      const sheets: Record<string, Buffer> = { 'sprites.png': atlas.image, 'sprites_n.png': atlas.normal, 'film.png': bakeFilm(artDir) };
      latest = sheets;
      for (const file of atlas.files) this.addWatchFile(file);
      this.addWatchFile(join(artDir, 'grain.png'));
      const stamp = Date.now();
      const url = (name: string): string => {
        if (serving) return JSON.stringify(`.${DEV_PATH}${name}?${stamp}`);
        const source = sheets[name];
        if (!source) throw new Error(`no sheet ${name}`);
        return `import.meta.ROLLDOWN_FILE_URL_${this.emitFile({ type: 'asset', name, source })}`;
      };
      const image = url('sprites.png');
      const normal = url('sprites_n.png');
      const imports: string[] = [];
      const singles: string[] = [];
      atlas.singles.forEach((single, i) => {
        imports.push(`import single${i} from ${JSON.stringify(`${single.image}?url`)};`);
        if (single.normal) imports.push(`import single${i}n from ${JSON.stringify(`${single.normal}?url`)};`);
        singles.push(`{ name: ${JSON.stringify(single.name)}, image: single${i}, normal: ${single.normal ? `single${i}n` : 'null'} }`);
      });
      return [
        ...imports,
        `export const atlas = { image: ${image}, normal: ${normal}, frames: ${JSON.stringify(atlas.frames)} };`,
        `export const singles = [${[...singles, `{ name: 'film', image: ${url('film.png')}, normal: null }`].join(', ')}];`,
      ].join('\n');
    },
  };
}

// Vite plugin: serves `virtual:atlas` — the sprite atlas packed from assets/art/ at build time
// (build/atlas.ts), its normal map, its frames, and the URLs of the textures kept single.
// In a build the two sheets are emitted as hashed assets; the dev server serves them itself.
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { packAtlas, type PackedAtlas } from './atlas';

const ID = 'virtual:atlas';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@every-night/';

export function atlasPlugin(root: string): Plugin {
  const artDir = join(root, 'assets/art');
  let serving = false;
  let latest: PackedAtlas | null = null;
  return {
    name: 'every-night-atlas',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const sheet = req.url?.startsWith(`${DEV_PATH}sprites_n.png`) ? latest?.normal : req.url?.startsWith(`${DEV_PATH}sprites.png`) ? latest?.image : undefined;
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
    load(id) {
      if (id !== RESOLVED) return null;
      const atlas = packAtlas(artDir);
      latest = atlas;
      for (const file of atlas.files) this.addWatchFile(file);
      let image: string;
      let normal: string;
      if (serving) {
        const stamp = Date.now();
        image = JSON.stringify(`.${DEV_PATH}sprites.png?${stamp}`);
        normal = JSON.stringify(`.${DEV_PATH}sprites_n.png?${stamp}`);
      } else {
        image = `import.meta.ROLLDOWN_FILE_URL_${this.emitFile({ type: 'asset', name: 'sprites.png', source: atlas.image })}`;
        normal = `import.meta.ROLLDOWN_FILE_URL_${this.emitFile({ type: 'asset', name: 'sprites_n.png', source: atlas.normal })}`;
      }
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
        `export const singles = [${singles.join(', ')}];`,
      ].join('\n');
    },
  };
}

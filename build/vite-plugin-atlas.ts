// Vite plugin: serves `virtual:atlas` — the sprites of assets/art packed at build time
// (build/atlas.ts) into the title's sheet and a sheet loaded after the title answers
// (build/titleSet.ts), each with its normal map; the backdrop; the film overlay (build/film.ts).
// Every one is converted from its PNG to WebP or AVIF here, the encoding chosen by measurement
// (build/textureCodec.ts), so the PNGs stay bake sources and art baked later flows through.
// In a build the sheets are emitted as hashed assets; the dev server serves them itself.
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { earlySheetsScript } from './earlySheets';
import { GPU_WARM_UP_WORKER } from './gpuWarmUp';
import { bakeFilm } from './film';
import { ContentInvalid } from '../src/content/read';
import { encodeCached } from './textureCache';
import type { Encoded } from './textureCodec';
import { SHEET_INPUTS, packSheets } from './titleSet';

const ID = 'virtual:atlas';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@every-night/';
/** The textures the title needs, as emitted: its atlas and normal map, the film, the backdrop. */
const SHEET = /^assets\/(sprites|sprites_n|film|crypt_back|crypt_back_n)-[\w-]+\.(webp|avif)$/;
const TYPES = { webp: 'image/webp', avif: 'image/avif' } as const;
const MODULE = /\s*<script type="module" crossorigin src="\.\/(assets\/[\w.-]+\.js)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="\.\/(assets\/[\w.-]+\.js)">/g;

interface Sheet {
  readonly name: string;
  readonly encoded: Encoded;
}

function describe(sheet: Sheet, pngBytes: number): string {
  const m = sheet.encoded.measured;
  const figure =
    'psnr' in m
      ? `${m.psnr.toFixed(1)} dB, detail kept ${(100 * m.detail).toFixed(0)} %`
      : `lit error p99 ${m.p99.toFixed(1)}, max ${m.max.toFixed(1)} levels`;
  return `  ${sheet.name}: ${sheet.encoded.label}, ${(sheet.encoded.bytes.length / 1024).toFixed(0)} KB (PNG ${(pngBytes / 1024).toFixed(0)} KB), ${figure}`;
}

export function atlasPlugin(root: string): Plugin {
  const artDir = join(root, 'assets/art');
  const cacheDir = join(root, 'node_modules/.cache/every-night-textures');
  let serving = false;
  let latest: Record<string, Sheet> = {};
  return {
    name: 'every-night-atlas',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = req.url?.startsWith(DEV_PATH) ? req.url.slice(DEV_PATH.length).split('?')[0] : undefined;
        const sheet = file === undefined ? undefined : latest[file];
        if (!sheet) {
          next();
          return;
        }
        res.setHeader('Content-Type', TYPES[sheet.encoded.format]);
        res.end(sheet.encoded.bytes);
      });
    },
    resolveId(id) {
      return id === ID ? RESOLVED : null;
    },
    // The page's module script and its preloads give way to a small deferred script that starts
    // them, and the title's sheets, once the title has painted (build/earlySheets.ts); beside it
    // the worker that warms the GPU up (build/gpuWarmUp.ts).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'] as { source: string | Uint8Array } | undefined;
        if (!page || typeof page.source !== 'string') return;
        const module = MODULE.exec(page.source)?.[1];
        if (module === undefined) return;
        const preload = [...page.source.matchAll(PRELOAD)].map((m) => `./${m[1] ?? ''}`);
        const sheets = Object.keys(bundle)
          .filter((file) => SHEET.test(file))
          .sort();
        const gpuWarmUp = `assets/gpu-warm-up-${createHash('sha256').update(GPU_WARM_UP_WORKER).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: gpuWarmUp, source: GPU_WARM_UP_WORKER });
        const source = earlySheetsScript({ sheets, module: `./${module}`, preload, gpuWarmUp });
        const early = `assets/early-${createHash('sha256').update(source).digest('hex').slice(0, 8)}.js`;
        this.emitFile({ type: 'asset', fileName: early, source });
        page.source = page.source
          .replace(MODULE, '')
          .replace(PRELOAD, '')
          .replace('</head>', `  <script defer src="./${early}"></script>\n  </head>`);
      },
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      for (const input of SHEET_INPUTS) this.addWatchFile(join(root, input));
      // A fault in the level file is named with its line by the content plugin.
      const { title, late } = packSheets(root);
      for (const file of [...title.files, ...(late?.files ?? [])]) this.addWatchFile(file);
      this.addWatchFile(join(artDir, 'grain.png'));

      const sheets: Sheet[] = [];
      const pngSizes = new Map<string, number>();
      const encode = async (name: string, png: Buffer, kind: 'albedo' | 'normal', albedo?: Buffer): Promise<Sheet> => {
        pngSizes.set(name, png.length);
        try {
          const sheet = { name, encoded: await encodeCached(cacheDir, png, kind, albedo) };
          sheets.push(sheet);
          return sheet;
        } catch (error) {
          throw new ContentInvalid(`texture ${name}`, [error instanceof Error ? error.message : String(error)]);
        }
      };
      const atlasSheets = async (
        key: string,
        packed: typeof title,
      ): Promise<{ key: string; image: Sheet; normal: Sheet; frames: object }> => ({
        key,
        image: await encode(key, packed.image, 'albedo'),
        normal: await encode(`${key}_n`, packed.normal, 'normal', packed.image),
        frames: packed.frames,
      });
      const atlases = [await atlasSheets('sprites', title), ...(late ? [await atlasSheets('sprites_late', late)] : [])];
      const singles: { name: string; image: Sheet; normal: Sheet | null }[] = [];
      for (const single of title.singles) {
        const png = readFileSync(single.image);
        this.addWatchFile(single.image);
        const image = await encode(single.name, png, 'albedo');
        let normal: Sheet | null = null;
        if (single.normal) {
          this.addWatchFile(single.normal);
          normal = await encode(`${single.name}_n`, readFileSync(single.normal), 'normal', png);
        }
        singles.push({ name: single.name, image, normal });
      }
      singles.push({ name: 'film', image: await encode('film', bakeFilm(artDir), 'albedo'), normal: null });
      if (!serving)
        console.log(
          `\nTextures (converted from their PNGs, by measurement):\n${sheets.map((s) => describe(s, pngSizes.get(s.name) ?? 0)).join('\n')}`,
        );

      latest = Object.fromEntries(sheets.map((s) => [`${s.name}.${s.encoded.format}`, s]));
      const stamp = Date.now();
      const url = (sheet: Sheet): string => {
        const file = `${sheet.name}.${sheet.encoded.format}`;
        if (serving) return JSON.stringify(`.${DEV_PATH}${file}?${stamp}`);
        return `import.meta.ROLLDOWN_FILE_URL_${this.emitFile({ type: 'asset', name: file, source: sheet.encoded.bytes })}`;
      };
      const atlasRows = atlases.map(
        (a) => `{ key: ${JSON.stringify(a.key)}, image: ${url(a.image)}, normal: ${url(a.normal)}, frames: ${JSON.stringify(a.frames)} }`,
      );
      const singleRows = singles.map(
        (s) => `{ name: ${JSON.stringify(s.name)}, image: ${url(s.image)}, normal: ${s.normal ? url(s.normal) : 'null'} }`,
      );
      return [
        `export const atlas = ${atlasRows[0] ?? ''};`,
        `export const lateAtlas = ${atlasRows[1] ?? 'null'};`,
        `export const singles = [${singleRows.join(', ')}];`,
      ].join('\n');
    },
  };
}

// The URLs of the baked assets, as Vite emits them (hashed, relative to the page).
import { atlas, lateAtlas, singles } from 'virtual:atlas';

const audio = import.meta.glob<string>('../../../assets/audio/*.{webm,mp3}', { eager: true, query: '?url', import: 'default' });

function byStem(files: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [path, url] of Object.entries(files)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    map.set(name, url);
  }
  return map;
}

const audioFiles = byStem(audio);

export interface TextureFile {
  readonly key: string;
  readonly image: string;
  readonly normal: string | null;
  /** Frames, for the atlas; null for a texture of its own. */
  readonly frames: object | null;
}

/** What the title needs: its atlas (two sheets) and the few textures kept single. */
export function textureFiles(): TextureFile[] {
  return [
    { key: atlas.key, image: atlas.image, normal: atlas.normal, frames: atlas.frames },
    ...singles.map((s) => ({ key: s.name, image: s.image, normal: s.normal, frames: null })),
  ];
}

/** What loads once the title answers: the sprites of later moments. */
export function lateTextureFiles(): TextureFile[] {
  return lateAtlas ? [{ key: lateAtlas.key, image: lateAtlas.image, normal: lateAtlas.normal, frames: lateAtlas.frames }] : [];
}

/** webm (Opus) first, mp3 as the fallback: Howler plays the first the browser can. */
export function audioUrls(cue: string): string[] {
  return [`${cue}.webm`, `${cue}.mp3`].map((f) => audioFiles.get(f)).filter((u): u is string => u !== undefined);
}

// The URLs of the baked assets, as Vite emits them (hashed, relative to the page).
const art = import.meta.glob<string>('../../assets/art/*.png', { eager: true, query: '?url', import: 'default' });
const audio = import.meta.glob<string>('../../assets/audio/*.{webm,mp3}', { eager: true, query: '?url', import: 'default' });

function byStem(files: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [path, url] of Object.entries(files)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    map.set(name, url);
  }
  return map;
}

const artFiles = byStem(art);
const audioFiles = byStem(audio);

/** The texture's URL and its normal map's URL, when it has one. */
export function textureUrls(name: string): { image: string; normal: string | null } | null {
  const image = artFiles.get(`${name}.png`);
  if (image === undefined) return null;
  return { image, normal: artFiles.get(`${name}_n.png`) ?? null };
}

export function textureNames(): string[] {
  return [...artFiles.keys()].filter((f) => !f.endsWith('_n.png')).map((f) => f.slice(0, -4)).sort();
}

/** webm (Opus) first, mp3 as the fallback: Howler plays the first the browser can. */
export function audioUrls(cue: string): string[] {
  return [`${cue}.webm`, `${cue}.mp3`].map((f) => audioFiles.get(f)).filter((u): u is string => u !== undefined);
}

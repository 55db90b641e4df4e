// How the baked files are played (assets/audio/playback.json, written by the bake): where the
// seamless lap of each loop lies inside its file, where the music's cadences fall, the sprites
// of the drips file, and which layers and drips go with a room's ambience. Validated here.
import { ContentInvalid, Faults, readArray, readNumber, readObject, readString } from '../content/read';

export interface LoopWindow {
  /** Where the lap starts in the file and how long it is, ms. The file pads it on both sides
   *  with its own continuation, so any decoder's start offset still loops seamlessly. */
  readonly startMs: number;
  readonly lapMs: number;
  /** Music only: moments in the lap (ms) where a phrase has just closed on its chord. */
  readonly cadencesMs: readonly number[];
}

export interface Room {
  /** Ambience loops that play alongside the room's own, each in its own slot. */
  readonly layers: readonly string[];
  /** The cue whose sprites are the room's drips, placed at run time; null for none. */
  readonly drips: string | null;
}

export interface Playback {
  readonly loops: Readonly<Record<string, LoopWindow>>;
  readonly sprites: Readonly<Record<string, Readonly<Record<string, readonly [number, number]>>>>;
  readonly rooms: Readonly<Record<string, Room>>;
}

/** Reads playback.json; `cueIds` are the registry's cues, which every id here must name. */
export function validatePlayback(raw: unknown, file: string, cueIds: ReadonlySet<string>): Playback {
  const faults = new Faults();
  const root = readObject(raw, '$', faults);
  const known = (id: string, path: string): void => {
    if (!cueIds.has(id)) faults.add(path, `no cue "${id}" in assets/audio/cues.json`);
  };
  const loops: Record<string, LoopWindow> = {};
  for (const [id, value] of Object.entries(readObject(root.loops, '$.loops', faults))) {
    const path = `$.loops.${id}`;
    known(id, path);
    const o = readObject(value, path, faults);
    const lapMs = readNumber(o.lapMs, `${path}.lapMs`, faults, { min: 100 });
    const cadencesMs =
      o.cadencesMs === undefined
        ? []
        : readArray(o.cadencesMs, `${path}.cadencesMs`, faults).map((c, i) =>
            readNumber(c, `${path}.cadencesMs[${i}]`, faults, { min: 0, max: lapMs }),
          );
    loops[id] = { startMs: readNumber(o.startMs, `${path}.startMs`, faults, { min: 0 }), lapMs, cadencesMs };
  }
  const sprites: Record<string, Record<string, readonly [number, number]>> = {};
  for (const [id, value] of Object.entries(readObject(root.sprites, '$.sprites', faults))) {
    known(id, `$.sprites.${id}`);
    const set: Record<string, readonly [number, number]> = {};
    for (const [name, span] of Object.entries(readObject(value, `$.sprites.${id}`, faults))) {
      const path = `$.sprites.${id}.${name}`;
      const pair = readArray(span, path, faults);
      if (pair.length !== 2) faults.add(path, 'expected [startMs, lengthMs]');
      set[name] = [readNumber(pair[0], `${path}[0]`, faults, { min: 0 }), readNumber(pair[1], `${path}[1]`, faults, { min: 1 })];
    }
    sprites[id] = set;
  }
  const rooms: Record<string, Room> = {};
  for (const [id, value] of Object.entries(readObject(root.rooms, '$.rooms', faults))) {
    const path = `$.rooms.${id}`;
    known(id, path);
    const o = readObject(value, path, faults);
    const layers = readArray(o.layers, `${path}.layers`, faults).map((l, i) => {
      const layer = readString(l, `${path}.layers[${i}]`, faults);
      known(layer, `${path}.layers[${i}]`);
      return layer;
    });
    let drips: string | null = null;
    if (o.drips !== undefined && o.drips !== null) {
      drips = readString(o.drips, `${path}.drips`, faults);
      if (!(drips in sprites)) faults.add(`${path}.drips`, `"${drips}" has no sprites in $.sprites`);
    }
    rooms[id] = { layers, drips };
  }
  if (faults.list.length > 0) throw new ContentInvalid(file, faults.list);
  return { loops, sprites, rooms };
}

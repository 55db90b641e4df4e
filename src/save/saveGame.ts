// The one save slot: versioned, upgraded step by step, and never trusted. A save that cannot
// be read is set aside under another key (never deleted) and the game starts clean.
import { isObject, type JsonObject } from '../scene/read';
import type { SceneState } from '../scene/state';
import type { Snapshot } from '../story/director';
import type { SafeStore } from './storage';

export const SAVE_VERSION = 1;
export const SAVE_KEY = 'save';

export interface SaveData {
  readonly version: typeof SAVE_VERSION;
  readonly savedAt: string;
  /** Where to continue: the last choice point or beat. */
  readonly current: Snapshot;
  /** The last beat reached, for "restart from the last beat". */
  readonly lastBeat: Snapshot | null;
}

/** Upgrades from version N to N+1; a new format adds one step here and bumps SAVE_VERSION. */
export const UPGRADES: Readonly<Record<number, (old: JsonObject) => JsonObject>> = {};

export type LoadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly save: SaveData }
  | { readonly kind: 'set-aside'; readonly reason: string; readonly key: string };

export function loadSave(store: SafeStore): LoadResult {
  const text = store.read(SAVE_KEY);
  if (text === null) return { kind: 'none' };
  const result = parseSave(text);
  if (result.ok) return { kind: 'loaded', save: result.save };
  const key = `${SAVE_KEY}.set-aside.${Date.now().toString(36)}`;
  store.write(key, text);
  store.remove(SAVE_KEY);
  return { kind: 'set-aside', reason: result.reason, key };
}

export function writeSave(store: SafeStore, save: SaveData): boolean {
  return store.write(SAVE_KEY, JSON.stringify(save));
}

export function clearSave(store: SafeStore): void {
  store.remove(SAVE_KEY);
}

export function parseSave(text: string): { ok: true; save: SaveData } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the save is not valid JSON' };
  }
  if (!isObject(raw) || typeof raw.version !== 'number' || !Number.isInteger(raw.version)) {
    return { ok: false, reason: 'the save has no version' };
  }
  if (raw.version > SAVE_VERSION) return { ok: false, reason: `the save is from a newer version (${raw.version})` };
  let data: JsonObject = raw;
  for (let version = raw.version; version < SAVE_VERSION; version++) {
    const upgrade = UPGRADES[version];
    if (!upgrade) return { ok: false, reason: `no upgrade from save version ${version}` };
    data = upgrade(data);
  }
  const current = readSnapshot(data.current);
  if (!current) return { ok: false, reason: 'the save has no readable position' };
  const lastBeat = data.lastBeat === null || data.lastBeat === undefined ? null : readSnapshot(data.lastBeat);
  return {
    ok: true,
    save: {
      version: SAVE_VERSION,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      current,
      lastBeat,
    },
  };
}

function readSnapshot(value: unknown): Snapshot | null {
  if (!isObject(value)) return null;
  const { ink, scene, beat } = value;
  if (typeof ink !== 'string' || typeof beat !== 'string' || !isSceneState(scene)) return null;
  return { ink, scene, beat };
}

function isSceneState(value: unknown): value is SceneState {
  if (!isObject(value)) return false;
  const records = [value.props, value.lights, value.actors].every(isObject);
  const cue = (v: unknown): boolean => v === null || typeof v === 'string';
  return records && typeof value.mood === 'string' && typeof value.shot === 'string' && cue(value.music) && cue(value.ambience) && typeof value.black === 'boolean';
}

// The one save slot: versioned, upgraded step by step, and never trusted. A save that cannot
// be read is set aside under another key (never deleted) and the game starts clean.
import { isObject, type JsonObject } from '../content/read';
import type { SceneState } from '../scene/state';
import type { Snapshot } from '../story/director';
import type { Line } from '../story/line';
import type { SafeStore } from './storage';

export const SAVE_VERSION = 3;
export const SAVE_KEY = 'save';
/** Unreadable saves are moved here (with a timestamp suffix), never deleted. */
export const SET_ASIDE_PREFIX = `${SAVE_KEY}.set-aside.`;

export interface SaveData {
  readonly version: typeof SAVE_VERSION;
  readonly savedAt: string;
  /** Where to continue: the last choice point or beat, or the line on show when the page was hidden. */
  readonly current: Snapshot;
  /** The last beat reached, for "restart from the last beat". */
  readonly lastBeat: Snapshot | null;
  /** Lines seen in this playthrough (their ids), for "skip seen lines" (version 2). */
  readonly seen: readonly string[];
  /**
   * Which story the positions are in (a fingerprint of the compiled ink, version 3): a save from
   * another version of the story cannot be resumed on its line, so it is set aside, not loaded.
   */
  readonly story: string;
}

/** Upgrades from version N to N+1; a new format adds one step here and bumps SAVE_VERSION. */
export const UPGRADES: Readonly<Record<number, (old: JsonObject) => JsonObject>> = {
  // 1 → 2: saves start remembering the lines already seen; an old save has seen none.
  1: (old) => ({ ...old, version: 2, seen: [] }),
  // 2 → 3: saves name their story; an old save's story is unknown (it was the story before ids).
  2: (old) => ({ ...old, version: 3, story: '' }),
};

export type LoadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'loaded'; readonly save: SaveData }
  | { readonly kind: 'set-aside'; readonly reason: string; readonly key: string };

/** Reads the slot; with `story`, a save made in another version of the story is set aside too. */
export function loadSave(store: SafeStore, story?: string): LoadResult {
  const text = store.read(SAVE_KEY);
  if (text === null) return { kind: 'none' };
  const result = parseSave(text, story);
  if (result.ok) return { kind: 'loaded', save: result.save };
  const key = `${SET_ASIDE_PREFIX}${Date.now().toString(36)}`;
  // Only clear the slot once the copy is safely written: a player's save is never lost.
  if (store.write(key, text)) store.remove(SAVE_KEY);
  return { kind: 'set-aside', reason: result.reason, key };
}

export function writeSave(store: SafeStore, save: SaveData): boolean {
  return store.write(SAVE_KEY, JSON.stringify(save));
}

export function clearSave(store: SafeStore): void {
  store.remove(SAVE_KEY);
}

export function parseSave(text: string, story?: string): { ok: true; save: SaveData } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the save is not valid JSON' };
  }
  if (!isObject(raw) || typeof raw.version !== 'number' || !Number.isInteger(raw.version)) {
    return { ok: false, reason: 'the save has no version' };
  }
  if (raw.version < 1) return { ok: false, reason: `the save has an impossible version (${raw.version})` };
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
  const seen = data.seen;
  if (!Array.isArray(seen) || !seen.every((line) => typeof line === 'string')) {
    return { ok: false, reason: 'the save has no readable list of seen lines' };
  }
  const savedStory = typeof data.story === 'string' ? data.story : '';
  if (story !== undefined && savedStory !== story) return { ok: false, reason: 'the save was made in another version of the story' };
  return {
    ok: true,
    save: {
      version: SAVE_VERSION,
      savedAt: typeof data.savedAt === 'string' ? data.savedAt : '',
      current,
      lastBeat,
      seen,
      story: savedStory,
    },
  };
}

function readSnapshot(value: unknown): Snapshot | null {
  if (!isObject(value)) return null;
  const { ink, scene, beat, line } = value;
  if (typeof ink !== 'string' || typeof beat !== 'string' || !isSceneState(scene)) return null;
  // The line on show is optional within version 3: a save without it resumes at its choice point.
  if (line === undefined) return { ink, scene, beat };
  if (!isLine(line)) return null;
  return { ink, scene, beat, line: { id: line.id, speaker: line.speaker, text: line.text } };
}

function isLine(value: unknown): value is Line {
  if (!isObject(value)) return false;
  const text = (v: unknown): boolean => v === null || typeof v === 'string';
  return text(value.id) && text(value.speaker) && typeof value.text === 'string';
}

function isSceneState(value: unknown): value is SceneState {
  if (!isObject(value)) return false;
  const records = [value.props, value.lights, value.actors].every(isObject);
  const cue = (v: unknown): boolean => v === null || typeof v === 'string';
  return (
    records &&
    typeof value.mood === 'string' &&
    typeof value.shot === 'string' &&
    cue(value.music) &&
    cue(value.ambience) &&
    typeof value.black === 'boolean'
  );
}

// Lines the player has read in any playthrough, kept apart from the save slot so "skip seen
// lines" still works after the story ends (the slot is cleared) or on a new game.
import type { SafeStore } from './storage';

export const SEEN_KEY = 'seen';

export function loadSeen(store: SafeStore): Set<string> {
  const text = store.read(SEEN_KEY);
  if (text === null) return new Set();
  try {
    const raw: unknown = JSON.parse(text);
    if (Array.isArray(raw)) return new Set(raw.filter((line): line is string => typeof line === 'string'));
  } catch {
    // A broken list only costs the skip; it is rebuilt as the player reads.
  }
  return new Set();
}

export function writeSeen(store: SafeStore, seen: ReadonlySet<string>): boolean {
  return store.write(SEEN_KEY, JSON.stringify([...seen]));
}

import { describe, expect, it } from 'vitest';
import { SAVE_VERSION, loadSave, writeSave, type SaveData } from '../../src/save/saveGame';
import { loadSeen, writeSeen } from '../../src/save/seenLines';
import { SafeStore } from '../../src/save/storage';
import { MemoryStore, snapshot } from './save-helpers';

const save: SaveData = { version: SAVE_VERSION, savedAt: '', current: snapshot('ritual'), lastBeat: null, seen: [], story: 'a1' };

function watched(memory: MemoryStore | null): { store: SafeStore; warnings: () => number } {
  let count = 0;
  const store = new SafeStore(memory, () => count++);
  return { store, warnings: () => count };
}

describe('storage that refuses', () => {
  it('with no storage at all, the game plays and says so once', () => {
    const { store, warnings } = watched(null);
    expect(store.available).toBe(false);
    expect(writeSave(store, save)).toBe(false);
    expect(loadSave(store)).toEqual({ kind: 'none' });
    expect(warnings()).toBe(1);
  });

  it('that throws on every read finds no save and reports once', () => {
    const memory = new MemoryStore();
    memory.throwOnGet = true;
    const { store, warnings } = watched(memory);
    expect(loadSave(store)).toEqual({ kind: 'none' });
    expect(loadSave(store)).toEqual({ kind: 'none' });
    expect(store.available).toBe(false);
    expect(warnings()).toBe(1);
  });

  it('that throws on every write keeps playing and reports once', () => {
    const memory = new MemoryStore();
    memory.throwOnSet = true;
    const { store, warnings } = watched(memory);
    expect(writeSave(store, save)).toBe(false);
    expect(writeSave(store, save)).toBe(false);
    expect(warnings()).toBe(1);
  });

  it('when the quota is full, fails the write without throwing and reports once', () => {
    const memory = new MemoryStore();
    memory.quota = 40;
    const { store, warnings } = watched(memory);
    expect(writeSave(store, save)).toBe(false);
    expect(writeSeen(store, new Set(['a'.repeat(100)]))).toBe(false);
    expect(warnings()).toBe(1);
    expect(memory.data.size).toBe(0);
  });

  it('never reports while storage works', () => {
    const { store, warnings } = watched(new MemoryStore());
    writeSave(store, save);
    loadSave(store);
    expect(warnings()).toBe(0);
  });
});

describe('lines seen across playthroughs', () => {
  it('round-trip through storage', () => {
    const { store } = watched(new MemoryStore());
    writeSeen(store, new Set(['Buffy|Hi.', '|Dark.']));
    expect(loadSeen(store)).toEqual(new Set(['Buffy|Hi.', '|Dark.']));
  });

  it('start empty when missing or unreadable', () => {
    const memory = new MemoryStore();
    const { store } = watched(memory);
    expect(loadSeen(store).size).toBe(0);
    memory.setItem('every-night:seen', '{nope');
    expect(loadSeen(store).size).toBe(0);
    memory.setItem('every-night:seen', '["ok", 3]');
    expect(loadSeen(store)).toEqual(new Set(['ok']));
  });
});

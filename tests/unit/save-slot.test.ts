import { describe, expect, it } from 'vitest';
import { SAVE_KEY, loadSave } from '../../src/save/saveGame';
import { SaveSlot } from '../../src/save/saveSlot';
import { SafeStore } from '../../src/save/storage';
import { MemoryStore, snapshot } from './save-helpers';

const fixed = (): Date => new Date('2026-11-29T06:00:00Z');

describe('the save slot', () => {
  it('has nothing to continue on a first visit', () => {
    const slot = new SaveSlot(new SafeStore(new MemoryStore()), new Set(), fixed);
    expect(slot.load()).toBe('none');
    expect(slot.current).toBeNull();
  });

  it('writes each autosave so that a new session continues from it, with the lines seen', () => {
    const store = new SafeStore(new MemoryStore());
    const seen = new Set(['Spike|There’s my girl.']);
    new SaveSlot(store, seen, fixed).record(snapshot('ritual'), true);

    const seenLater = new Set<string>();
    const later = new SaveSlot(store, seenLater, fixed);
    expect(later.load()).toBe('loaded');
    expect(later.current?.current.beat).toBe('ritual');
    expect([...seenLater]).toEqual(['Spike|There’s my girl.']);
  });

  it('keeps the last beat while later autosaves move the current point on', () => {
    const slot = new SaveSlot(new SafeStore(new MemoryStore()), new Set(), fixed);
    slot.record(snapshot('ritual'), true);
    slot.record(snapshot('ritual', true), false);
    expect(slot.current?.lastBeat?.beat).toBe('ritual');
    expect(slot.current?.current.scene.props.lighter).toBe('lit');
    expect(slot.current?.lastBeat?.scene.props.lighter).toBe('shut');
  });

  it('is empty again after a new game or The End', () => {
    const store = new SafeStore(new MemoryStore());
    const slot = new SaveSlot(store, new Set(), fixed);
    slot.record(snapshot('conversation'), true);
    slot.clear();
    expect(slot.current).toBeNull();
    expect(loadSave(store).kind).toBe('none');
  });

  it('sets an unreadable save aside instead of failing', () => {
    const memory = new MemoryStore();
    memory.setItem(`every-night:${SAVE_KEY}`, '{ not json');
    const slot = new SaveSlot(new SafeStore(memory), new Set(), fixed);
    expect(slot.load()).toBe('set-aside');
    expect(slot.current).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  SAVE_KEY,
  SAVE_VERSION,
  SET_ASIDE_PREFIX,
  UPGRADES,
  clearSave,
  loadSave,
  parseSave,
  writeSave,
  type SaveData,
} from '../../src/save/saveGame';
import { KEY_PREFIX, SafeStore } from '../../src/save/storage';
import { MemoryStore, snapshot } from './save-helpers';

const save: SaveData = {
  version: SAVE_VERSION,
  savedAt: '2025-01-01T00:00:00.000Z',
  current: snapshot('lighter', true),
  lastBeat: snapshot('ritual'),
  seen: ['|The candles gutter.', 'Buffy|Hi.'],
  story: 'k3x9',
};

/** A version 1 save as the first release wrote it: no seen lines. */
function versionOne(): Record<string, unknown> {
  return { version: 1, savedAt: save.savedAt, current: save.current, lastBeat: save.lastBeat };
}

function setup(): { memory: MemoryStore; store: SafeStore; warnings: string[] } {
  const memory = new MemoryStore();
  const warnings: string[] = [];
  return { memory, store: new SafeStore(memory, () => warnings.push('unavailable')), warnings };
}

describe('the save format', () => {
  it('is at version 3, with one upgrade step for every older version', () => {
    expect(SAVE_VERSION).toBe(3);
    for (let v = 1; v < SAVE_VERSION; v++) expect(UPGRADES[v], `upgrade from ${v}`).toBeTypeOf('function');
  });

  it('reads back exactly what was written', () => {
    const { store } = setup();
    expect(writeSave(store, save)).toBe(true);
    expect(loadSave(store)).toEqual({ kind: 'loaded', save });
  });

  it("keeps its slot under the game's own key prefix", () => {
    const { memory, store } = setup();
    writeSave(store, save);
    expect([...memory.data.keys()]).toEqual([`${KEY_PREFIX}${SAVE_KEY}`]);
  });

  it('upgrades a version 1 save step by step: no lines seen, its story unknown', () => {
    expect(UPGRADES[1]?.(versionOne() as never)).toMatchObject({ version: 2, seen: [] });
    const parsed = parseSave(JSON.stringify(versionOne()));
    expect(parsed).toEqual({ ok: true, save: { ...save, seen: [], story: '' } });
  });

  it('sets aside a save made in another version of the story, rather than resume it on the wrong line', () => {
    const { memory, store } = setup();
    writeSave(store, save);
    expect(loadSave(store, 'k3x9')).toMatchObject({ kind: 'loaded' });
    const result = loadSave(store, 'a-newer-story');
    expect(result).toMatchObject({ kind: 'set-aside', reason: 'the save was made in another version of the story' });
    expect([...memory.data.keys()].some((k) => k.includes(SET_ASIDE_PREFIX))).toBe(true);
  });

  it('finds nothing when there is no save', () => {
    expect(loadSave(setup().store)).toEqual({ kind: 'none' });
  });

  it('clears the slot after the story ends', () => {
    const { store } = setup();
    writeSave(store, save);
    clearSave(store);
    expect(loadSave(store)).toEqual({ kind: 'none' });
  });
});

describe('a save that cannot be read', () => {
  const cases: [string, string, RegExp][] = [
    ['corrupt JSON', '{"version": 2, "current": ', /not valid JSON/],
    ['not an object', '[1, 2, 3]', /no version/],
    ['a missing version', JSON.stringify({ current: save.current }), /no version/],
    ['a version from the future', JSON.stringify({ ...save, version: 99 }), /newer version \(99\)/],
    ['an impossible version', JSON.stringify({ ...save, version: 0 }), /impossible version/],
    ['a position of the wrong shape', JSON.stringify({ ...save, current: { ink: 3, beat: 'x', scene: {} } }), /no readable position/],
    [
      'a scene state of the wrong shape',
      JSON.stringify({ ...save, current: { ...save.current, scene: { props: {} } } }),
      /no readable position/,
    ],
    ['seen lines of the wrong shape', JSON.stringify({ ...save, seen: [1, 2] }), /seen lines/],
  ];

  it.each(cases)('with %s is set aside, kept, and the game starts clean', (_name, text, reason) => {
    const { memory, store } = setup();
    memory.setItem(`${KEY_PREFIX}${SAVE_KEY}`, text);
    const result = loadSave(store);
    expect(result.kind).toBe('set-aside');
    if (result.kind !== 'set-aside') return;
    expect(result.reason).toMatch(reason);
    expect(result.key.startsWith(SET_ASIDE_PREFIX)).toBe(true);
    expect(memory.data.get(`${KEY_PREFIX}${result.key}`)).toBe(text);
    expect(loadSave(store)).toEqual({ kind: 'none' });
  });

  it('is never deleted when there is no room to set it aside', () => {
    const { memory, store } = setup();
    memory.setItem(`${KEY_PREFIX}${SAVE_KEY}`, '{broken');
    memory.throwOnSet = true;
    expect(loadSave(store).kind).toBe('set-aside');
    expect(memory.data.get(`${KEY_PREFIX}${SAVE_KEY}`)).toBe('{broken');
  });

  it('keeps every earlier set-aside save too', () => {
    const { memory, store } = setup();
    memory.setItem(`${KEY_PREFIX}${SET_ASIDE_PREFIX}older`, 'old junk');
    memory.setItem(`${KEY_PREFIX}${SAVE_KEY}`, 'new junk');
    loadSave(store);
    expect(memory.data.get(`${KEY_PREFIX}${SET_ASIDE_PREFIX}older`)).toBe('old junk');
    expect([...memory.data.values()]).toContain('new junk');
  });
});

import { describe, expect, it } from 'vitest';
import { rebind, keyLabel } from '../../src/save/keyBindings';
import { DEFAULT_KEYS, defaultSettings, loadSettings, mergeSettings, saveSettings } from '../../src/save/settings';
import { SafeStore } from '../../src/save/storage';
import { say } from './helpers';
import { MemoryStore } from './save-helpers';

describe('settings', () => {
  it('default to reduced flicker and motion when the system asks for reduced motion', () => {
    expect(defaultSettings(true)).toMatchObject({ reducedFlicker: true, reducedMotion: true });
    expect(defaultSettings(false)).toMatchObject({ reducedFlicker: false, reducedMotion: false });
  });

  it('round-trip through storage', () => {
    const store = new SafeStore(new MemoryStore());
    const changed = {
      ...defaultSettings(false),
      music: 0.25,
      textSize: 'huge' as const,
      typeface: 'dyslexic' as const,
      keys: { ...DEFAULT_KEYS, mute: ['KeyN'] },
    };
    saveSettings(store, changed);
    expect(loadSettings(store, false)).toEqual(changed);
  });

  it('keep every valid stored field and default the rest', () => {
    const merged = mergeSettings(defaultSettings(false), {
      music: 0.3,
      sfx: 7,
      textSize: 'gigantic',
      captions: false,
      keys: { back: [], mute: ['KeyN'] },
    });
    expect(merged.music).toBe(0.3);
    expect(merged.sfx).toBe(defaultSettings(false).sfx);
    expect(merged.textSize).toBe('medium');
    expect(merged.captions).toBe(false);
    expect(merged.keys.back).toEqual(['Escape']);
    expect(merged.keys.mute).toEqual(['KeyN']);
  });

  it('read Esc\'s binding saved under its old name, "pause"', () => {
    expect(mergeSettings(defaultSettings(false), { keys: { pause: ['KeyP'] } }).keys.back).toEqual(['KeyP']);
  });

  it('keep the gamepad options, off by default', () => {
    expect(defaultSettings(false)).toMatchObject({ padSwapAB: false, rumble: false });
    expect(mergeSettings(defaultSettings(false), { padSwapAB: true, rumble: 'yes' })).toMatchObject({ padSwapAB: true, rumble: false });
  });

  it('start from the defaults when the stored text is corrupt, keeping it aside', () => {
    const memory = new MemoryStore();
    memory.setItem('every-night:settings', '{"music": 0.');
    const store = new SafeStore(memory);
    expect(loadSettings(store, true)).toEqual(defaultSettings(true));
    expect(memory.data.get('every-night:settings.corrupt')).toBe('{"music": 0.');
  });
});

describe('rebinding a key', () => {
  it("makes the new key the action's only key", () => {
    const result = rebind(DEFAULT_KEYS, 'history', 'KeyL');
    expect(result).toMatchObject({ ok: true, moved: null });
    if (result.ok) expect(result.keys.history).toEqual(['KeyL']);
  });

  it('swaps keys when the new key belonged to another action', () => {
    const result = rebind(DEFAULT_KEYS, 'mute', 'KeyF');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.keys.mute).toEqual(['KeyF']);
    expect(result.keys.fullscreen).toEqual(['KeyM']);
    expect(result.moved).toEqual({ action: 'fullscreen', keys: ['KeyM'] });
  });

  it('takes the key from an action that has another one left', () => {
    const result = rebind(DEFAULT_KEYS, 'skip', 'Enter');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.keys.advance).toEqual(['Space']);
  });

  it('lets leaning share a key with advancing, which never listen at once', () => {
    const result = rebind(DEFAULT_KEYS, 'advance', 'Space');
    expect(result.ok && result.keys.lean).toEqual(['Space']);
  });

  it('refuses the keys that move between and use choices', () => {
    for (const code of ['Tab', 'ArrowUp', 'Digit1', 'KeyE']) expect(rebind(DEFAULT_KEYS, 'mute', code).ok).toBe(false);
  });

  it('names keys the way players know them', () => {
    expect(['KeyM', 'Escape', 'Space', 'Digit5', 'ArrowLeft', 'ShiftLeft', 'Numpad3'].map((code) => keyLabel(code, say))).toEqual([
      'M',
      'Esc',
      'Space',
      '5',
      '←',
      'Left Shift',
      'Num 3',
    ]);
  });
});

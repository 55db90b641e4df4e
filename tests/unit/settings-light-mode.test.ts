import { describe, expect, it } from 'vitest';
import { defaultSettings, loadSettings, mergeSettings, saveSettings } from '../../src/save/settings';
import { SafeStore } from '../../src/save/storage';
import { MemoryStore } from './save-helpers';

describe('the light mode setting', () => {
  it('is automatic by default, for a player who has not chosen', () => {
    expect(defaultSettings(false).lightMode).toBe('auto');
    expect(defaultSettings(true).lightMode).toBe('auto');
  });

  it("keeps a player's choice, on or off, through storage", () => {
    const store = new SafeStore(new MemoryStore());
    for (const lightMode of ['on', 'off'] as const) {
      saveSettings(store, { ...defaultSettings(false), lightMode });
      expect(loadSettings(store, false).lightMode).toBe(lightMode);
    }
  });

  it('falls back to automatic for anything else stored, keeping the other fields', () => {
    for (const bad of [true, 'dim', 3, null]) {
      const merged = mergeSettings(defaultSettings(false), { lightMode: bad, music: 0.4 });
      expect(merged.lightMode).toBe('auto');
      expect(merged.music).toBe(0.4);
    }
  });

  it('reads settings saved before it existed as automatic', () => {
    const older: Record<string, unknown> = { ...defaultSettings(false), textSize: 'large' };
    delete older.lightMode;
    expect(mergeSettings(defaultSettings(false), older)).toMatchObject({ lightMode: 'auto', textSize: 'large' });
  });
});

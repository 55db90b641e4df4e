// The device translations: a key and a gamepad poll become intents; nothing here decides what
// they do (that is the router's, see input-router.test.ts).
import { describe, expect, it } from 'vitest';
import { PAD, PadReader, REPEAT_AFTER_MS, REPEAT_EVERY_MS, type PadSnapshot } from '../../src/input/gamepadReader';
import { keyIntents, type KeyPress } from '../../src/input/keyboardBindings';
import { DEFAULT_KEYS } from '../../src/save/settings';

const key = (code: string, over: Partial<KeyPress> = {}): KeyPress => ({ code, down: true, repeat: false, shift: false, ...over });

describe("a key, translated by the player's bindings", () => {
  it('Space stands for reading on and for the lean at once; the router picks by context', () => {
    expect(keyIntents(key('Space'), DEFAULT_KEYS)).toEqual([
      { kind: 'key', code: 'Space' },
      { kind: 'lean', held: true },
      { kind: 'advance' },
    ]);
    expect(keyIntents(key('Space', { down: false }), DEFAULT_KEYS)).toEqual([{ kind: 'lean', held: false }]);
  });

  it('Esc is back, with its release, so a hold can be told from a tap', () => {
    expect(keyIntents(key('Escape'), DEFAULT_KEYS)).toContainEqual({ kind: 'back', held: true });
    expect(keyIntents(key('Escape', { down: false }), DEFAULT_KEYS)).toEqual([{ kind: 'back', held: false }]);
  });

  it('a held key repeating is not a new press, except for the arrows', () => {
    expect(keyIntents(key('Enter', { repeat: true }), DEFAULT_KEYS)).toEqual([{ kind: 'key', code: 'Enter' }]);
    expect(keyIntents(key('ArrowRight', { repeat: true }), DEFAULT_KEYS)).toEqual([
      { kind: 'key', code: 'ArrowRight' },
      { kind: 'navigate', direction: 'right', repeat: true },
    ]);
  });

  it('keeps the number keys for choices, E for using, Tab for walking', () => {
    expect(keyIntents(key('Digit3'), DEFAULT_KEYS)).toContainEqual({ kind: 'choose', position: 2 });
    expect(keyIntents(key('Numpad1'), DEFAULT_KEYS)).toContainEqual({ kind: 'choose', position: 0 });
    expect(keyIntents(key('KeyE'), DEFAULT_KEYS)).toContainEqual({ kind: 'activate' });
    expect(keyIntents(key('Tab', { shift: true }), DEFAULT_KEYS)).toContainEqual({ kind: 'tab', backward: true });
  });

  it('follows a rebinding', () => {
    const keys = { ...DEFAULT_KEYS, mute: ['KeyN'] };
    expect(keyIntents(key('KeyN'), keys)).toContainEqual({ kind: 'mute' });
    expect(keyIntents(key('KeyM'), keys)).toEqual([{ kind: 'key', code: 'KeyM' }]);
  });
});

/** A pad snapshot with the given standard-mapping buttons held. */
function pad(held: number[] = [], axes: number[] = [0, 0]): PadSnapshot {
  return { buttons: Array.from({ length: 17 }, (_, i) => held.includes(i)), axes };
}

describe('a gamepad, read poll by poll', () => {
  const normal = { swapAB: false };

  it('A advances on its press and holds the lean until it is let go', () => {
    const reader = new PadReader();
    expect(reader.read(pad([PAD.bottom]), 0, normal)).toEqual([{ kind: 'advance' }, { kind: 'lean', held: true }]);
    expect(reader.read(pad([PAD.bottom]), 16, normal)).toEqual([]);
    expect(reader.read(pad(), 32, normal)).toEqual([{ kind: 'lean', held: false }]);
  });

  it('B is back, Start pauses, View opens the history', () => {
    const reader = new PadReader();
    expect(reader.read(pad([PAD.right]), 0, normal)).toEqual([{ kind: 'back', held: true }]);
    expect(reader.read(pad([PAD.start]), 16, normal)).toEqual([{ kind: 'back', held: false }, { kind: 'pause' }]);
    expect(reader.read(pad([PAD.view]), 32, normal)).toEqual([{ kind: 'history' }]);
  });

  it('swaps A and B when the player asks', () => {
    const reader = new PadReader();
    expect(reader.read(pad([PAD.right]), 0, { swapAB: true })).toContainEqual({ kind: 'advance' });
    expect(reader.read(pad([PAD.bottom]), 16, { swapAB: true })).toContainEqual({ kind: 'back', held: true });
  });

  it('repeats a held direction like a held key', () => {
    const reader = new PadReader();
    const navs = (t: number): number => reader.read(pad([PAD.down]), t, normal).filter((i) => i.kind === 'navigate').length;
    expect(navs(0)).toBe(1);
    expect(navs(REPEAT_AFTER_MS - 1)).toBe(0);
    expect(navs(REPEAT_AFTER_MS)).toBe(1);
    expect(navs(REPEAT_AFTER_MS + REPEAT_EVERY_MS / 2)).toBe(0);
    expect(navs(REPEAT_AFTER_MS + REPEAT_EVERY_MS)).toBe(1);
  });

  it('reads the left stick past its dead zone, and lets it settle back without a second press', () => {
    const reader = new PadReader();
    expect(reader.read(pad([], [0, 0.3]), 0, normal)).toEqual([]);
    expect(reader.read(pad([], [0.1, 0.8]), 16, normal)).toEqual([{ kind: 'navigate', direction: 'down', repeat: false }]);
    expect(reader.read(pad([], [0, 0.45]), 32, normal)).toEqual([]);
    expect(reader.read(pad([], [0, 0.1]), 48, normal)).toEqual([]);
    expect(reader.read(pad([], [-0.9, 0.2]), 64, normal)).toEqual([{ kind: 'navigate', direction: 'left', repeat: false }]);
  });

  it('lets go of everything when the pad is unplugged mid-hold', () => {
    const reader = new PadReader();
    reader.read(pad([PAD.bottom]), 0, normal);
    expect(reader.releaseAll()).toContainEqual({ kind: 'lean', held: false });
    expect(reader.releaseAll()).toEqual([]);
  });
});

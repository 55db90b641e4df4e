import { describe, expect, it } from 'vitest';
import { controlsLine, leanPrompt, padButton, padStyleOf, skipLabel, type PromptContext } from '../../src/input/prompts';
import { DEFAULT_KEYS } from '../../src/save/settings';
import { say } from './helpers';

const base: PromptContext = { device: 'keyboard', keys: DEFAULT_KEYS, padSwapAB: false, padStyle: 'letters', say };

describe('the lean prompt', () => {
  it('names the bound key after a key press', () => {
    expect(leanPrompt(base)).toBe('Hold Space to lean in');
    expect(leanPrompt({ ...base, keys: { ...DEFAULT_KEYS, lean: ['KeyL'] } })).toBe('Hold L to lean in');
  });

  it("names the pad button after a pad press, following the A/B swap and the pad's own names", () => {
    expect(leanPrompt({ ...base, device: 'gamepad' })).toBe('Hold A to lean in');
    expect(leanPrompt({ ...base, device: 'gamepad', padSwapAB: true })).toBe('Hold B to lean in');
    expect(leanPrompt({ ...base, device: 'gamepad', padStyle: 'shapes' })).toBe('Hold Cross to lean in');
  });

  it('speaks of touch after a touch, and of the mouse button after a click', () => {
    expect(leanPrompt({ ...base, device: 'touch' })).toBe('Touch and hold to lean in');
    expect(leanPrompt({ ...base, device: 'mouse' })).toBe('Hold the mouse button to lean in');
  });
});

describe('prompts on another keyboard layout', () => {
  // What an AZERTY keyboard's layout map says: the key at KeyQ prints "a", at KeyM a comma.
  const azerty = new Map([
    ['KeyQ', 'a'],
    ['KeyA', 'q'],
    ['KeyM', ','],
    ['Semicolon', 'm'],
    ['KeyF', 'f'],
    ['KeyL', 'l'],
    ['Space', ' '],
  ]);

  it('name the cap the player sees, not the US one', () => {
    expect(leanPrompt({ ...base, keys: { ...DEFAULT_KEYS, lean: ['KeyQ'] }, caps: azerty })).toBe('Hold A to lean in');
    expect(controlsLine({ ...base, keys: { ...DEFAULT_KEYS, mute: ['Semicolon'] }, caps: azerty })).toMatch(/M mute/);
  });

  it('keep the named keys named, whatever the layout prints for them', () => {
    expect(leanPrompt({ ...base, caps: azerty })).toBe('Hold Space to lean in');
  });

  it('fall back to the US names where the browser has no layout map', () => {
    expect(leanPrompt({ ...base, keys: { ...DEFAULT_KEYS, lean: ['KeyQ'] } })).toBe('Hold Q to lean in');
  });
});

describe('the other prompts', () => {
  it('say how to skip by holding, on a keyboard and on a pad', () => {
    expect(skipLabel(base)).toBe('Skip this scene (or hold Esc)');
    expect(skipLabel({ ...base, device: 'gamepad' })).toBe('Skip this scene (or hold B)');
    expect(skipLabel({ ...base, device: 'touch' })).toBe('Skip this scene');
  });

  it("word the title's controls line for the device", () => {
    expect(controlsLine(base)).toBe('Mouse or keyboard. Esc pauses · F fullscreen · M mute');
    expect(controlsLine({ ...base, device: 'gamepad' })).toBe('A chooses · B goes back · Menu pauses');
    expect(controlsLine({ ...base, device: 'touch' })).toMatch(/touch and hold to lean in/);
  });

  it('name PlayStation pads by their shapes', () => {
    expect(padStyleOf('Sony Interactive Entertainment Wireless Controller (STANDARD GAMEPAD Vendor: 054c Product: 0ce6)')).toBe('shapes');
    expect(padStyleOf('Xbox 360 Controller (XInput STANDARD GAMEPAD)')).toBe('letters');
    expect(padButton('cancel', { padSwapAB: false, padStyle: 'shapes', say })).toBe('Circle');
  });
});

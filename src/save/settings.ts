// Player settings: defaults, validation of what storage hands back, persistence.
import { isObject } from '../content/read';
import type { SafeStore } from './storage';

/** What a key can be bound to. `back` is Esc: back out of a panel, pause in play, held to skip. */
export type Action = 'advance' | 'history' | 'back' | 'mute' | 'fullscreen' | 'skip' | 'lean';
export const ACTIONS: readonly Action[] = ['advance', 'history', 'back', 'mute', 'fullscreen', 'skip', 'lean'];

export type TextSize = 'small' | 'medium' | 'large' | 'huge';
export const TEXT_SIZES: readonly TextSize[] = ['small', 'medium', 'large', 'huge'];
export type Typeface = 'game' | 'legible' | 'dyslexic';
export const TYPEFACES: readonly Typeface[] = ['game', 'legible', 'dyslexic'];
/**
 * Light mode drops the flames' bloom, the dust and the film overlay (the light and its flicker
 * stay): 'auto' turns it on when the first frames run slow, 'on' and 'off' are the player's own.
 */
export type LightMode = 'auto' | 'on' | 'off';
export const LIGHT_MODES: readonly LightMode[] = ['auto', 'on', 'off'];

export interface Settings {
  readonly master: number;
  readonly music: number;
  readonly ambience: number;
  readonly sfx: number;
  readonly muted: boolean;
  /** Characters per second; 0 shows each line at once. */
  readonly textSpeed: number;
  readonly autoAdvance: boolean;
  readonly autoDelayMs: number;
  readonly skipSeen: boolean;
  readonly textSize: TextSize;
  readonly typeface: Typeface;
  readonly lineSpacing: number;
  readonly highContrast: boolean;
  readonly captions: boolean;
  readonly reducedFlicker: boolean;
  readonly reducedMotion: boolean;
  readonly lightMode: LightMode;
  readonly keys: Readonly<Record<Action, readonly string[]>>;
  /** A gamepad's bottom and right face buttons swap (confirm on the right, as some players expect). */
  readonly padSwapAB: boolean;
  /** A gentle pulse in a gamepad that can rumble, with the heartbeat at the kiss. */
  readonly rumble: boolean;
  /** The language chosen in the game ("es"), or null to follow the browser's languages. */
  readonly language: string | null;
  /** A lift of the shadows, 0 (the picture as made) to 1 (src/scene/brightness.ts). */
  readonly brightness: number;
  /** The brightness picture was shown (once, the first time on a small screen). */
  readonly brightnessAsked: boolean;
}

export const DEFAULT_KEYS: Readonly<Record<Action, readonly string[]>> = {
  advance: ['Space', 'Enter'],
  history: ['KeyH'],
  back: ['Escape'],
  mute: ['KeyM'],
  fullscreen: ['KeyF'],
  skip: ['KeyS'],
  lean: ['Space'],
};

export function defaultSettings(prefersReducedMotion: boolean): Settings {
  return {
    master: 0.8,
    music: 0.8,
    ambience: 0.8,
    sfx: 0.9,
    muted: false,
    textSpeed: 45,
    autoAdvance: false,
    autoDelayMs: 1800,
    skipSeen: false,
    textSize: 'medium',
    typeface: 'game',
    lineSpacing: 1.45,
    highContrast: false,
    captions: true,
    reducedFlicker: prefersReducedMotion,
    reducedMotion: prefersReducedMotion,
    lightMode: 'auto',
    keys: DEFAULT_KEYS,
    padSwapAB: false,
    rumble: false,
    language: null,
    brightness: 0,
    brightnessAsked: false,
  };
}

const SETTINGS_KEY = 'settings';

/** Reads settings, keeping every stored field that is valid and defaulting the rest. */
export function loadSettings(store: SafeStore, prefersReducedMotion: boolean): Settings {
  const defaults = defaultSettings(prefersReducedMotion);
  const text = store.read(SETTINGS_KEY);
  if (text === null) return defaults;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    store.write(`${SETTINGS_KEY}.corrupt`, text);
    return defaults;
  }
  return mergeSettings(defaults, raw);
}

export function saveSettings(store: SafeStore, settings: Settings): void {
  store.write(SETTINGS_KEY, JSON.stringify(settings));
}

export function mergeSettings(defaults: Settings, raw: unknown): Settings {
  if (!isObject(raw)) return defaults;
  const unit = (key: 'master' | 'music' | 'ambience' | 'sfx'): number => {
    const v = raw[key];
    return typeof v === 'number' && v >= 0 && v <= 1 ? v : defaults[key];
  };
  const flag = (
    key:
      | 'muted'
      | 'autoAdvance'
      | 'skipSeen'
      | 'highContrast'
      | 'captions'
      | 'reducedFlicker'
      | 'reducedMotion'
      | 'padSwapAB'
      | 'rumble'
      | 'brightnessAsked',
  ): boolean => {
    const v = raw[key];
    return typeof v === 'boolean' ? v : defaults[key];
  };
  const within = (key: 'textSpeed' | 'autoDelayMs' | 'lineSpacing' | 'brightness', min: number, max: number): number => {
    const v = raw[key];
    return typeof v === 'number' && v >= min && v <= max ? v : defaults[key];
  };
  const oneOf = <T extends string>(value: unknown, options: readonly T[], fallback: T): T =>
    options.includes(value as T) ? (value as T) : fallback;
  const keys: Record<Action, readonly string[]> = { ...defaults.keys };
  if (isObject(raw.keys)) {
    for (const action of ACTIONS) {
      // Settings saved before Esc's action was called "back" stored it as "pause".
      const bound = action === 'back' ? (raw.keys.back ?? raw.keys.pause) : raw.keys[action];
      if (Array.isArray(bound) && bound.every((k) => typeof k === 'string') && bound.length > 0) keys[action] = bound;
    }
  }
  return {
    master: unit('master'),
    music: unit('music'),
    ambience: unit('ambience'),
    sfx: unit('sfx'),
    muted: flag('muted'),
    textSpeed: within('textSpeed', 0, 400),
    autoAdvance: flag('autoAdvance'),
    autoDelayMs: within('autoDelayMs', 300, 10000),
    skipSeen: flag('skipSeen'),
    textSize: oneOf(raw.textSize, TEXT_SIZES, defaults.textSize),
    typeface: oneOf(raw.typeface, TYPEFACES, defaults.typeface),
    lineSpacing: within('lineSpacing', 1, 2.2),
    highContrast: flag('highContrast'),
    captions: flag('captions'),
    reducedFlicker: flag('reducedFlicker'),
    reducedMotion: flag('reducedMotion'),
    lightMode: oneOf(raw.lightMode, LIGHT_MODES, defaults.lightMode),
    keys,
    padSwapAB: flag('padSwapAB'),
    rumble: flag('rumble'),
    // Any short language tag; one the game has no table for reads as English.
    language: typeof raw.language === 'string' && /^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(raw.language) ? raw.language : null,
    // Settings saved before there was a brightness read as the picture as made, not yet asked.
    brightness: within('brightness', 0, 1),
    brightnessAsked: flag('brightnessAsked'),
  };
}

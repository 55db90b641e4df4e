// Pure mixing arithmetic: what volume a cue plays at, given the settings and ducking.
import type { Bus, CueDef } from '../story/contentIndex';
import type { Settings } from '../save/settings';

/** How far music and ambience sink under an important cue. */
export const DUCK_LEVEL = 0.35;

export function busVolume(bus: Bus, settings: Settings): number {
  if (settings.muted) return 0;
  const level = bus === 'music' ? settings.music : bus === 'ambience' ? settings.ambience : settings.sfx;
  return clamp01(settings.master * level);
}

/** Ducking lowers music and ambience, never the effects that caused it. */
export function duckFactor(bus: Bus, ducked: boolean): number {
  return ducked && bus !== 'sfx' ? DUCK_LEVEL : 1;
}

export function cueVolume(cue: CueDef, settings: Settings, ducked: boolean): number {
  return clamp01(cue.volume * busVolume(cue.bus, settings) * duckFactor(cue.bus, ducked));
}

/** Stereo pan from a sound's x in the 1280-wide scene: gentle, never hard left or right. */
export function panFromX(x: number, width: number): number {
  const centred = (x / width) * 2 - 1;
  return Math.max(-0.6, Math.min(0.6, centred * 0.6));
}

function clamp01(v: number): number {
  return Math.max(0, Math.min(1, v));
}

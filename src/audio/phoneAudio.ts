// What a phone asks of the sound, decided without a browser: when to wake the audio context,
// and which kind of audio session the game is (see docs/architecture.md, "Sound on phones").
import type { Settings } from '../save/settings';

/**
 * Whether the context should be resumed now: iOS leaves it 'interrupted' after a call, an alarm or
 * the lock screen, and any browser may leave it 'suspended'; it resumes only on a visible page
 * (a hidden one is quiet on purpose). 'none' (no context yet) and 'running' need nothing.
 */
export function shouldResume(state: string, hidden: boolean): boolean {
  return !hidden && (state === 'suspended' || state === 'interrupted');
}

/** The kind of sound the game makes, for `navigator.audioSession.type`. */
export type AudioSessionType = 'playback' | 'ambient';

/**
 * 'playback' while the game has sound: its score and its cues are the story (a film, not a
 * game's beeps), heard even with the ringer switched to silent, as a video is, and taking the
 * place of the player's own music rather than mixing into it. Muted in the settings, it becomes
 * 'ambient', so a game kept silent never stops the podcast the player is listening to.
 */
export function audioSessionType(settings: Pick<Settings, 'muted'>): AudioSessionType {
  return settings.muted ? 'ambient' : 'playback';
}

// Sound on phones: the context woken after an interruption (not while hidden), and the audio
// session's kind following the mute, on a backend that only records what it was asked.
import { describe, expect, it } from 'vitest';
import { AudioService } from '../../src/audio/audioService';
import type { AudioBackend, Sound } from '../../src/audio/backend';
import { audioSessionType, shouldResume } from '../../src/audio/phoneAudio';
import { defaultSettings } from '../../src/save/settings';

class PhoneBackend implements AudioBackend {
  state = 'none';
  readonly asked: string[] = [];
  changed: (() => void) | null = null;
  sound(): Sound {
    throw new Error('no sound is made in these specs');
  }
  now(): number {
    return 0;
  }
  every(): () => void {
    return () => undefined;
  }
  after(): () => void {
    return () => undefined;
  }
  contextState(): string {
    return this.state;
  }
  suspend(hidden: boolean): void {
    this.asked.push(hidden ? 'suspend' : 'resume');
    this.state = hidden ? 'suspended' : 'running';
  }
  watchContext(onChange: () => void): void {
    this.changed = onChange;
  }
  sessionType(type: 'playback' | 'ambient'): void {
    this.asked.push(`session ${type}`);
  }
}

function rig(muted = false): { audio: AudioService; phone: PhoneBackend } {
  const phone = new PhoneBackend();
  const audio = new AudioService(
    {},
    (c) => [c],
    { ...defaultSettings(false), muted },
    () => undefined,
    { backend: phone, playback: { loops: {}, sprites: {}, rooms: {} } },
  );
  return { audio, phone };
}

describe('sound on a phone', () => {
  it('resumes a context left suspended or interrupted, but only on a visible page', () => {
    expect(shouldResume('interrupted', false)).toBe(true);
    expect(shouldResume('suspended', false)).toBe(true);
    expect(shouldResume('suspended', true)).toBe(false);
    expect(shouldResume('running', false)).toBe(false);
    expect(shouldResume('none', false)).toBe(false);
  });

  it('wakes an interrupted context at the next touch that ends', () => {
    const { audio, phone } = rig();
    phone.state = 'interrupted';
    audio.wake();
    expect(phone.asked).toContain('resume');
    expect(phone.state).toBe('running');
  });

  it('wakes it by itself when the context says its state changed (a call ended)', () => {
    const { phone } = rig();
    phone.state = 'suspended';
    phone.changed?.();
    expect(phone.asked).toContain('resume');
  });

  it('leaves a hidden page quiet: the context it suspended stays so until the page shows', () => {
    const { audio, phone } = rig();
    phone.state = 'running';
    audio.setHidden(true);
    phone.changed?.();
    audio.wake();
    expect(phone.asked.filter((a) => a === 'resume')).toEqual([]);
    audio.setHidden(false);
    expect(phone.state).toBe('running');
  });

  it('makes nothing before there is a context: no sound before the first gesture', () => {
    const { audio, phone } = rig();
    audio.wake();
    expect(phone.asked.filter((a) => !a.startsWith('session'))).toEqual([]);
  });

  it("is a playback session while it has sound, and ambient while muted (the player's music plays on)", () => {
    expect(audioSessionType({ muted: false })).toBe('playback');
    expect(audioSessionType({ muted: true })).toBe('ambient');
    const { audio, phone } = rig();
    expect(phone.asked).toEqual(['session playback']);
    audio.applySettings({ ...defaultSettings(false), muted: true });
    expect(phone.asked).toContain('session ambient');
  });
});

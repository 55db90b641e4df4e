// Test doubles for storage: a Map-backed store that can be told to throw on read, write or
// when full, like private mode, sandboxed iframes and a full quota.
import type { KeyValueStore } from '../../src/save/storage';
import type { Snapshot } from '../../src/story/director';

export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  throwOnGet = false;
  throwOnSet = false;
  /** Total characters allowed, like a browser's quota; writes past it throw. */
  quota = Infinity;

  getItem(key: string): string | null {
    if (this.throwOnGet) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.throwOnSet) throw new DOMException('The operation is insecure.', 'SecurityError');
    const used = [...this.data].reduce((n, [k, v]) => (k === key ? n : n + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}

export function snapshot(beat: string, lit = false): Snapshot {
  return {
    ink: JSON.stringify({ inkSaveVersion: 10, beat }),
    beat,
    scene: {
      props: { lighter: lit ? 'lit' : 'shut', glass: 'empty' },
      lights: { lighter_flame: lit },
      actors: { spike: 'hidden' },
      mood: 'night',
      shot: 'wide',
      music: lit ? 'music_night' : null,
      ambience: 'crypt_ambience',
      black: false,
    },
  };
}

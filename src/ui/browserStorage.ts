// The browser's localStorage, or null where it refuses (private mode, sandboxed iframes).
import type { KeyValueStore } from '../save/storage';

export function browserStorage(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    const probe = 'every-night:probe';
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}

// Storage that never throws: private mode, sandboxed iframes and full quotas make
// localStorage refuse; the game plays on and says once that progress won't be kept.

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Every key this game writes starts with this, so it never collides with another game. */
export const KEY_PREFIX = 'every-night:';

export class SafeStore {
  private failed = false;
  private warned = false;

  constructor(
    private readonly backing: KeyValueStore | null,
    private readonly onUnavailable: () => void = () => undefined,
  ) {
    if (backing === null) this.fail();
  }

  get available(): boolean {
    return !this.failed;
  }

  read(key: string): string | null {
    if (!this.backing) return null;
    try {
      return this.backing.getItem(KEY_PREFIX + key);
    } catch {
      this.fail();
      return null;
    }
  }

  write(key: string, value: string): boolean {
    if (!this.backing) return false;
    try {
      this.backing.setItem(KEY_PREFIX + key, value);
      return true;
    } catch {
      this.fail();
      return false;
    }
  }

  remove(key: string): void {
    try {
      this.backing?.removeItem(KEY_PREFIX + key);
    } catch {
      this.fail();
    }
  }

  private fail(): void {
    this.failed = true;
    if (!this.warned) {
      this.warned = true;
      this.onUnavailable();
    }
  }
}

// The game's one slot, as the session uses it: what Continue resumes, what each autosave
// writes (the current point, the last beat, the lines seen), and clearing it for a new game
// or at The End. Storage faults are SafeStore's to absorb; nothing here throws.
import { SAVE_VERSION, clearSave, loadSave, writeSave, type SaveData } from './saveGame';
import { writeSeen } from './seenLines';
import type { SafeStore } from './storage';
import type { Snapshot } from '../story/director';

export class SaveSlot {
  private data: SaveData | null = null;

  constructor(
    private readonly store: SafeStore,
    /** The lines seen, shared with the director: a loaded save adds its own. */
    private readonly seen: Set<string>,
    private readonly clock: () => Date = () => new Date(),
    /** The story's fingerprint: saves name it, and one from another story is set aside. */
    private readonly story = '',
  ) {}

  /** Reads the slot at start-up; 'set-aside' means an unreadable save was moved out of the way. */
  load(): 'none' | 'loaded' | 'set-aside' {
    const loaded = loadSave(this.store, this.story);
    if (loaded.kind === 'loaded') {
      this.data = loaded.save;
      for (const line of loaded.save.seen) this.seen.add(line);
    }
    return loaded.kind;
  }

  /** What Continue resumes, or null when there is nothing to continue. */
  get current(): SaveData | null {
    return this.data;
  }

  /** An autosave: `atBeat` also makes it the point "restart from the last beat" returns to. */
  record(snapshot: Snapshot, atBeat: boolean): void {
    const lastBeat = atBeat ? snapshot : (this.data?.lastBeat ?? snapshot);
    this.data = {
      version: SAVE_VERSION,
      savedAt: this.clock().toISOString(),
      current: snapshot,
      lastBeat,
      seen: [...this.seen],
      story: this.story,
    };
    writeSave(this.store, this.data);
    writeSeen(this.store, this.seen);
  }

  /** A save from elsewhere (a progress code) takes the slot's place, its seen lines with it. */
  replace(save: SaveData): void {
    this.data = { ...save, story: this.story };
    for (const line of save.seen) this.seen.add(line);
    writeSave(this.store, this.data);
    writeSeen(this.store, this.seen);
  }

  /** The story's fingerprint, which a progress code must carry to be loaded here. */
  get storyId(): string {
    return this.story;
  }

  /** A new game, or The End: nothing left to continue. */
  clear(): void {
    clearSave(this.store);
    this.data = null;
  }
}

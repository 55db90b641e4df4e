import type { Page } from 'playwright-core';

export interface Seen {
  readonly mode: string;
  readonly beat: string;
  readonly titleShowing: boolean;
  readonly choices: string[];
  readonly objects: string[];
  readonly skip: string | null;
  readonly dialogue: boolean;
  readonly dialogueAt: { x: number; y: number } | null;
  readonly at: Record<string, { x: number; y: number }>;
}

export interface PlayMemory {
  used: Map<string, number>;
  turn: number;
  keyboard?: boolean;
}

export function playStep(page: Page, memory: PlayMemory): Promise<Seen>;

export function playThrough(
  page: Page,
  options?: {
    timeoutMs?: number;
    keyboard?: boolean;
    onStep?: (seen: Seen) => Promise<boolean | undefined> | boolean | undefined;
  },
): Promise<{ steps: number; beats: string[]; finished: boolean }>;

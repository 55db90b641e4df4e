// The page's early script starts a worker that makes a WebGL context before the game's module has
// even arrived (build/gpuWarmUp.ts), so the GPU side's start — the longest single wait of the
// load in software WebGL — happens beside the page. The game asks for its own context once that
// has settled, and so finds the GPU ready; once the game's renderer is made the worker is ended.
// A worker that never answers (or a page without the early script, as under the dev server)
// holds nothing up: past `patienceMs` the game goes on.

/** The early script's warm-up (build/earlySheets.ts). */
interface GpuWarmUp {
  /** Settles with whether the worker's WebGL answered. */
  readonly warm: Promise<boolean>;
  /** Ends the worker and its context. */
  readonly done: () => void;
}

declare global {
  interface Window {
    everyNightGpu?: GpuWarmUp;
  }
}

/** How long the game waits for the warm-up at most: past this it makes its context regardless. */
export const GPU_WARM_UP_PATIENCE_MS = 3000;

/** Settles once the early script's GPU warm-up has, or at the latest after `patienceMs`. */
export function gpuWarmedUp(patienceMs = GPU_WARM_UP_PATIENCE_MS): Promise<void> {
  const warmUp = window.everyNightGpu;
  if (!warmUp) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = window.setTimeout(resolve, patienceMs);
    const settled = (): void => {
      window.clearTimeout(timer);
      resolve();
    };
    warmUp.warm.then(settled, settled);
  });
}

/** The game's renderer has its context: the worker's is no longer needed. */
export function gpuWarmUpDone(): void {
  window.everyNightGpu?.done();
}

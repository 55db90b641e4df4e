// Build-time: the worker the early script (build/earlySheets.ts) starts as the page is parsed. The
// first WebGL context a browser makes pays for its GPU side starting — in software WebGL on a
// two-core machine a quarter of a second or more, on the main thread, in one piece (bench, issue
// 19). Made here, on an OffscreenCanvas in a worker, that start happens beside the page instead
// of inside it: the main thread's own context, asked for once the worker has answered, comes in
// tens of milliseconds. The worker draws one clear and reads a pixel back so the context is
// really made, not only promised, then says whether WebGL answered. It stays, context and all,
// until the crypt is up (main.ts ends it then): ended sooner, its context's going took the GPU side down
// with it, and the game's first context paid the whole start again.

/** The worker's whole source (a classic script, no imports). */
export const GPU_WARM_UP_WORKER = `// Every Night: starts the GPU side of WebGL off the page's main thread (build/gpuWarmUp.ts).
let webgl = false;
try {
  const canvas = new OffscreenCanvas(4, 4);
  const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
  if (gl) {
    gl.clearColor(0, 0, 0, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    webgl = true;
  }
} catch {
  webgl = false;
}
postMessage({ webgl });
`;

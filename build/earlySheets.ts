// Build-time: the small classic script index.html runs (deferred) instead of loading the game's
// module itself. Once the page has painted its title and loading bar, it starts the title's
// textures downloading and decoding, and the game's module (with Phaser beside it) loading, side
// by side: the decoding overlaps the script's download and start-up instead of following it.
// Nothing the first paint needs waits on them, and on a slow link the page and the title's font
// have the line to themselves for that first paint. The game's loader
// (src/game/loading/textureLoader.ts) picks the textures up from `window.everyNightSheets`, progress
// and all; without the script (the dev server) it fetches them itself. First of all, before the
// paint, it starts the worker that warms the GPU up (build/gpuWarmUp.ts); the game waits for it
// before asking for its own WebGL context (src/game/loading/gpuWarmUp.ts).

export interface EarlyFiles {
  /** The title's sheets, relative to the page. */
  readonly sheets: readonly string[];
  /** The game's entry module and the modules to fetch beside it. */
  readonly module: string;
  readonly preload: readonly string[];
  /** The worker that starts the GPU side of WebGL beside the page (build/gpuWarmUp.ts). */
  readonly gpuWarmUp: string;
}

/** The script for these files (paths relative to the page). */
export function earlySheetsScript({ sheets, module, preload, gpuWarmUp }: EarlyFiles): string {
  return `// Every Night: the GPU's start beside the page at once; after the first paint, the title's
// textures and the game's module.
(() => {
  // The GPU side's start, beside the page (build/gpuWarmUp.ts): it takes no time from the page's
  // own thread, so it starts before the first paint. \`warm\` settles when the worker has made
  // its context (or could not); the game asks for its own then, and ends the worker once made.
  const gpu = { worker: null };
  gpu.warm = new Promise((settle) => {
    try {
      gpu.worker = new Worker(new URL(${JSON.stringify(gpuWarmUp)}, document.baseURI));
      gpu.worker.onmessage = (event) => settle(event.data && event.data.webgl === true);
      gpu.worker.onerror = () => settle(false);
    } catch {
      settle(false);
    }
  });
  gpu.done = () => {
    if (gpu.worker) gpu.worker.terminate();
    gpu.worker = null;
  };
  window.everyNightGpu = gpu;
  const sheets = {};
  window.everyNightSheets = sheets;
  const fetchSheets = () => {
    for (const file of ${JSON.stringify(sheets)}) {
      const url = new URL(file, document.baseURI).href;
      const sheet = { received: 0, total: 0, bitmap: null };
      sheet.bitmap = (async () => {
        const response = await fetch(url);
        if (!response.ok || !response.body) throw new Error('HTTP ' + response.status);
        sheet.total = Number(response.headers.get('Content-Length') || 0);
        const reader = response.body.getReader();
        const chunks = [];
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          sheet.received += value.byteLength;
        }
        // Premultiplied and upside down, as Phaser uploads images (see textureLoader.ts).
        return createImageBitmap(new Blob(chunks, { type: file.endsWith('.avif') ? 'image/avif' : 'image/webp' }), { premultiplyAlpha: 'premultiply', imageOrientation: 'flipY' });
      })();
      // A failure is reported by the game's loader when it asks for the sheet.
      sheet.bitmap.catch(() => undefined);
      sheets[url] = sheet;
    }
  };
  const loadGame = () => {
    for (const file of ${JSON.stringify(preload)}) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.type = 'module';
    script.crossOrigin = '';
    script.src = ${JSON.stringify(module)};
    document.head.append(script);
  };
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    fetchSheets();
    loadGame();
  };
  // Once the title's first paint has reached the screen (the browser reports it as painted), or
  // half a second after the page was parsed if it paints slower than that: the title is not
  // waited for longer. A page opened hidden paints nothing, so it starts at once.
  if (document.visibilityState === 'hidden') start();
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      start();
    }).observe({ type: 'paint', buffered: true });
  } catch {
    start();
  }
  setTimeout(start, 500);
})();
`;
}

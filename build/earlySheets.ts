// Build-time: the small classic script index.html runs (deferred) instead of loading the game's
// module itself. Once the page has painted its title and loading bar, it starts the title's
// textures downloading and decoding, and the game's module (with Phaser beside it) loading, side
// by side: the decoding overlaps the script's download and start-up instead of following it.
// Nothing the first paint needs waits on them, and on a slow link the page and the title's font
// have the line to themselves for that first paint. The game's loader
// (src/game/loading/textureLoader.ts) picks the textures up from `window.everyNightSheets`, progress
// and all; without the script (the dev server) it fetches them itself.

export interface EarlyFiles {
  /** The title's sheets, relative to the page. */
  readonly sheets: readonly string[];
  /** The game's entry module and the modules to fetch beside it. */
  readonly module: string;
  readonly preload: readonly string[];
}

/** The script for these files (paths relative to the page). */
export function earlySheetsScript({ sheets, module, preload }: EarlyFiles): string {
  return `// Every Night: after the first paint, the title's textures and the game's module.
(() => {
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

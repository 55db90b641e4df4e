// Build-time: the small classic script that index.html runs before the game's module loads. It
// starts the title's textures downloading and decoding at once, so that work overlaps the
// download and start-up of Phaser instead of following it. The game's loader
// (src/game/textureLoader.ts) picks them up from `window.everyNightSheets`, progress and all;
// without the script (the dev server) it fetches them itself.

/** The script for these sheet files (paths relative to the page). */
export function earlySheetsScript(files: readonly string[]): string {
  return `// Every Night: the title's textures, fetched and decoded before the game's script is in.
(() => {
  const sheets = {};
  for (const file of ${JSON.stringify(files)}) {
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
  window.everyNightSheets = sheets;
})();
`;
}

// A small static file server for the built game: `npm start` plays it, and the browser
// tests serve it under a sub-path as itch.io's CDN does. Loopback only.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.webm': 'audio/webm',
  '.mp3': 'audio/mpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** What itch.io's CDN compresses itself (html, js, css, svg, wasm, json, wav): the bench serves them so. */
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/**
 * Serves `root` at `basePath` (e.g. "/html/123456/") on 127.0.0.1.
 * With `gzip`, text files go out gzipped to a client that accepts it, as the CDN sends them.
 * @param {{ root: string, basePath?: string, port?: number, gzip?: boolean, extra?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void>, requests: string[] }>}
 */
export function serveStatic({ root, basePath = '/', port = 0, gzip = false, extra }) {
  const zipped = new Map();
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const top = resolve(root);
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname);
    if (extra?.(req, res)) return;
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = normalize(join(top, rel));
    if (!file.startsWith(top + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const size = statSync(file).size;
    const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] ? Number(range[1]) : 0;
      const end = range[2] ? Number(range[2]) : size - 1;
      res.writeHead(206, {
        'Content-Type': type,
        'Content-Range': `bytes ${start}-${end}/${size}`,
        'Content-Length': end - start + 1,
        'Accept-Ranges': 'bytes',
      });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    if (gzip && COMPRESSED.has(extname(file).toLowerCase()) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      if (!zipped.has(file)) zipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      const body = zipped.get(file);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Encoding': 'gzip',
        'Content-Length': body.length,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
      });
      res.end(body);
      return;
    }
    res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-cache' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolveServer({
        url: `http://127.0.0.1:${actual}${base}`,
        port: actual,
        requests,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

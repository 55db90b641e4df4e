// `npm start`: builds the game when dist/ is missing or older than the sources, then serves
// it locally and prints the address to open.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const sources = ['src', 'levels', 'assets', 'index.html', 'build', 'vite.config.ts'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

const built = join(root, 'dist/index.html');
const stale = !existsSync(built) || sources.some((s) => existsSync(join(root, s)) && newest(join(root, s)) > statSync(built).mtimeMs);
if (stale) {
  console.log('Building the game…');
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
const port = Number(process.env.PORT ?? 8080);
const server = await serveStatic({ root: join(root, 'dist'), basePath: '/', port }).catch(() =>
  serveStatic({ root: join(root, 'dist'), basePath: '/', port: 0 }),
);
console.log(`\nEvery Night is playing at ${server.url}\nOpen it in your browser. Ctrl+C stops the server.\n`);

/**
 * Two tiny static servers for the browser benchmarks, each on a free port of localhost:
 * - the app: a production build directory (an unknown path answers index.html, as a static host would);
 * - the files: the synthetic tables (`/data/<name>`), the Plotly peer page (`/peer/<name>`) and the two
 *   libraries it loads (`/vendor/plotly.min.js`, `/vendor/papaparse.min.js`), with
 *   `Access-Control-Allow-Origin: *` — another origin than the app's, as a table linked from elsewhere is.
 * Files are streamed from disk, never held in memory.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.parquet': 'application/vnd.apache.parquet',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** A path under `root`, or null when the request tries to leave it. */
function inside(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

function listen(server: Server): Promise<Served> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

function sendFile(res: import('node:http').ServerResponse, path: string, headers: Record<string, string>): void {
  const size = statSync(path).size;
  res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'content-length': String(size), ...headers });
  createReadStream(path).pipe(res);
}

/** Serves a production build of the app. */
export function serveApp(distDir: string): Promise<Served> {
  const root = normalize(distDir);
  const server = createServer((req, res) => {
    const path = inside(root, new URL(req.url ?? '/', 'http://x').pathname);
    const file = path && existsSync(path) && statSync(path).isFile() ? path : join(root, 'index.html');
    sendFile(res, file, { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' });
  });
  return listen(server);
}

/** Serves the synthetic tables, the peer pages and the peer's libraries, to any origin. */
export function serveFiles(dirs: { data: string; peer: string; vendor: Record<string, string> }): Promise<Served> {
  const server = createServer((req, res) => {
    const cors = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    let file: string | null = null;
    if (pathname.startsWith('/data/')) file = inside(normalize(dirs.data), pathname.slice('/data/'.length));
    else if (pathname.startsWith('/peer/')) file = inside(normalize(dirs.peer), pathname.slice('/peer/'.length));
    else if (pathname.startsWith('/vendor/')) file = dirs.vendor[pathname.slice('/vendor/'.length)] ?? null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, cors).end('not here');
      return;
    }
    sendFile(res, file, cors);
  });
  return listen(server);
}

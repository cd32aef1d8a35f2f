/**
 * A tiny static file server over the built site, on 127.0.0.1 and a free port: directory URLs
 * serve their index.html, unknown paths the site's 404.html with status 404.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface ServeOptions {
  /** Content types by extension that replace the ones above (`{ '.txt': 'text/plain' }`: a host that names no charset). */
  types?: Record<string, string>;
}

/** Starts serving `dir`; resolves to its origin and a `close()`. */
export async function serve(dir: string, options: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const typeOf = (ext: string) => options.types?.[ext] ?? types[ext] ?? 'application/octet-stream';
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) file = '';
    if (file && fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !fs.existsSync(file)) {
      res.writeHead(404, { 'Content-Type': types['.html'] });
      res.end(fs.readFileSync(path.join(dir, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Type': typeOf(path.extname(file)) });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

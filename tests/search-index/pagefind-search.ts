/**
 * Test helper: Pagefind's own search over a bundle — the bundle's `pagefind.js` and its wasm, as
 * the browser runs them — in Node, the bundle served over HTTP from 127.0.0.1 (Pagefind loads its
 * files with `fetch`). Each bundle gets its own instance of the search code.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';

/** A result as Pagefind's search gives it, with its page's data loaded. */
export interface Found {
  url: string;
  score: number;
  data: Record<string, unknown>;
}

/** What a search found, and the filter counts Pagefind gives with it. */
export interface Searched {
  results: Found[];
  unfilteredResultCount: number;
  filters: unknown;
  totalFilters: unknown;
}

export interface BundleSearch {
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<Searched>;
  filters(): Promise<unknown>;
  close(): Promise<void>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    term: string | null,
    o?: Record<string, unknown>,
  ): Promise<{
    results: { score: number; data(): Promise<Record<string, unknown>> }[];
    unfilteredResultCount: number;
    filters: unknown;
    totalFilters: unknown;
  }>;
  filters(): Promise<unknown>;
  destroy?(): Promise<void>;
}

/** Opens Pagefind's search over the bundle in `dir`. */
export async function openSearch(dir: string): Promise<BundleSearch> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200);
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const pagefind = (await import(/* @vite-ignore */ pathToFileURL(path.join(dir, 'pagefind.js')).href)) as PagefindModule;
  await pagefind.options({ basePath: `http://127.0.0.1:${port}/` });
  await pagefind.init();
  return {
    async search(term, options = {}) {
      const found = await pagefind.search(term, options);
      const results = await Promise.all(
        found.results.map(async (r) => {
          const data = await r.data();
          return { url: data.url as string, score: r.score, data };
        }),
      );
      return { results, unfilteredResultCount: found.unfilteredResultCount, filters: found.filters, totalFilters: found.totalFilters };
    },
    filters: () => pagefind.filters(),
    async close() {
      await pagefind.destroy?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

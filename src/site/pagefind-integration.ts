/**
 * Astro integration: after `astro build` writes the pages, index the letter pages with Pagefind
 * into `<outDir>/pagefind/` — in parts of at most `ARCHIVE_INDEX_PART_PAGES` pages (default 500),
 * each in its own Pagefind process and cached by content, then joined into one bundle
 * (src/search-index) — then the search's key index (numbers, 文号, names: search-keys.ts) into
 * `<outDir>/search/keys/`, and the most frequent bigrams (search-common.ts) into
 * `<outDir>/search/common.json`, so `dist/` is complete and self-contained.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findLetterPages, indexParts, planParts } from '../search-index/index-parts.ts';
import { mergeBundles } from '../search-index/bundle-merge.ts';
import { writeSearchKeys } from './search-keys.ts';
import { bigramCounter, writeSearchCommon } from './search-common.ts';

/** Whether a path in the output folder (relative, `/`-separated) is written by this integration. */
export const isSearchIndexFile = (file: string): boolean => /^(pagefind|search\/keys)\/|^search\/common\.json$/.test(file);

function partPages(): number {
  const raw = process.env.ARCHIVE_INDEX_PART_PAGES;
  const n = raw ? Number(raw) : 500;
  if (!Number.isInteger(n) || n < 1) throw new Error(`ARCHIVE_INDEX_PART_PAGES must be a whole number of pages, not "${raw}"`);
  return n;
}

/** Builds the Pagefind index of the written site; fails the build on any indexing error. */
export function pagefindIntegration(): AstroIntegration {
  let cache = '';
  let chunkCache = '';
  return {
    name: 'reply-archive:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = path.join(fileURLToPath(config.cacheDir), 'pagefind-parts');
        chunkCache = path.join(fileURLToPath(config.cacheDir), 'pagefind-chunks');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const parts = planParts(findLetterPages(site), partPages());
        const report = await indexParts(site, parts, cache);
        const bigrams = bigramCounter();
        const merged = await mergeBundles(report.dirs, path.join(site, 'pagefind'), undefined, bigrams.add, chunkCache);
        const pages = merged.languages.reduce((n, m) => n + m.pages, 0);
        const chunks = merged.languages.reduce((n, m) => n + m.chunks, 0);
        logger.info(`indexed ${pages} pages in ${parts.length} parts (${report.indexed} indexed, ${report.reused} unchanged), joined into ${chunks} word chunks (${merged.chunksReused} unchanged)`);
        const keys = writeSearchKeys(site);
        logger.info(`search keys: ${keys.letters} letters in ${keys.shards} shards (${Math.round(keys.bytes / 1024)} KB)`);
        const common = writeSearchCommon(site, bigrams.top());
        logger.info(`search common bigrams: ${common.bigrams} (${Math.round(common.bytes / 1024)} KB)`);
      },
    },
  };
}

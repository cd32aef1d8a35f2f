/**
 * The search's build step, after the pages are written: index the letter pages with Pagefind into
 * `<outDir>/pagefind/` — in parts of at most `partPages` pages, each in its own Pagefind process
 * and cached by content, then joined into one bundle (src/search-index) — then the search's key
 * index (numbers, 文号, names: search-keys.ts) into `<outDir>/search/keys/`, and the most frequent
 * bigrams (search-common.ts) into `<outDir>/search/common.json`, so the output folder is complete
 * and self-contained. Any indexing error fails the build.
 */
import path from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { findLetterPages, indexParts, planParts } from '../search-index/index-parts.ts';
import { mergeBundles } from '../search-index/bundle-merge.ts';
import { writeSearchKeys } from './search-keys.ts';
import { bigramCounter, writeSearchCommon } from './search-common.ts';

/** Whether a path in the output folder (relative, `/`-separated) is written by this step. */
export const isSearchIndexFile = (file: string): boolean => /^(pagefind|search\/keys)\/|^search\/common\.json$/.test(file);

/** Builds the search index of the site written in `site`, keeping Pagefind's parts and chunks under `cacheDir`. */
export async function buildSearch(
  site: string,
  { cacheDir, partPages }: { cacheDir: string; partPages: number },
  logger: AstroIntegrationLogger,
): Promise<void> {
  const parts = planParts(findLetterPages(site), partPages);
  const report = await indexParts(site, parts, path.join(cacheDir, 'pagefind-parts'));
  const bigrams = bigramCounter();
  const chunkCache = path.join(cacheDir, 'pagefind-chunks');
  const merged = await mergeBundles(report.dirs, path.join(site, 'pagefind'), undefined, bigrams.add, chunkCache);
  const pages = merged.languages.reduce((n, m) => n + m.pages, 0);
  const chunks = merged.languages.reduce((n, m) => n + m.chunks, 0);
  logger.info(
    `indexed ${pages} pages in ${parts.length} parts (${report.indexed} indexed, ${report.reused} unchanged), ` +
      `joined into ${chunks} word chunks (${merged.chunksReused} unchanged)`,
  );
  const keys = writeSearchKeys(site);
  logger.info(`search keys: ${keys.letters} letters in ${keys.shards} shards (${Math.round(keys.bytes / 1024)} KB)`);
  const common = writeSearchCommon(site, bigrams.top());
  logger.info(`search common bigrams: ${common.bigrams} (${Math.round(common.bytes / 1024)} KB)`);
}

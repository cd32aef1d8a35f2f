// @ts-check
/**
 * The archive site: static output, MDX letters rendered without smart punctuation or GFM (so the
 * letters' quotes and dashes stay as printed), Pagefind index built after the pages.
 * `ARCHIVE_CONTENT=DIR` picks the content folder, `ARCHIVE_OUT=DIR` the output folder,
 * `ARCHIVE_BASE=/path/` the base path the site is served under (default `/`).
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import path from 'node:path';
import { isSearchIndexFile, pagefindIntegration } from './src/site/pagefind-integration.ts';
import { isLetterFile, letterFilesIntegration } from './src/site/letter-files-integration.ts';
import { cacheDirFor } from './src/site/cache-dir.ts';
import { keptOutputIntegrations } from './src/site/kept-output-integration.ts';

const content = path.resolve(process.env.ARCHIVE_CONTENT || 'content');
// Letter files and the search index are kept up to date, stale ones removed, by their integrations.
const keptOutput = keptOutputIntegrations((file) => isLetterFile(file) || isSearchIndexFile(file));
// `/jyta/`, `jyta` and `/jyta` all mean `/jyta/`; unset or empty means `/`.
const base = `/${(process.env.ARCHIVE_BASE || '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
// One content-layer cache per content folder (and base path), so builds never mix.
const cacheDir = cacheDirFor(process.cwd(), content, base);

export default defineConfig({
  output: 'static',
  // `ARCHIVE_BASE=/jyta/` serves the whole site (pages, assets, downloads, Pagefind) under that path.
  base,
  outDir: process.env.ARCHIVE_OUT || './dist',
  cacheDir,
  trailingSlash: 'always',
  // Several pages at a time: a page copied from the incremental cache waits on the disk, not the CPU.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Pages whose cacheKey (src/site/page-cache-keys.ts) and templates are unchanged are copied from
  // the last build's cache instead of rendered: one changed letter re-renders a handful of pages.
  experimental: { incrementalBuild: true },
  // The output folder is kept between builds (unchanged pages stay in place) and cleaned of stale
  // files by keptOutput, which empties it whenever the last build's output cannot be trusted.
  // The pages read the letters from the loader's copy in the cache folder (src/site/letters.ts).
  vite: { build: { emptyOutDir: false }, define: { 'import.meta.env.ARCHIVE_CACHE_DIR': JSON.stringify(cacheDir) } },
  markdown: {
    processor: satteri({ features: { smartPunctuation: false, gfm: false } }),
  },
  // The letters' record.json and original files are copied in after the pages (not routes: see the
  // module), between keptOutput's pruning of stale files and its record of the finished folder.
  integrations: [mdx(), keptOutput.prune, letterFilesIntegration(content), pagefindIntegration(), keptOutput.seal],
});

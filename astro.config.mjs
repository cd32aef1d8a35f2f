// @ts-check
/**
 * The archive site: the archive integration (src/integrations/archive.ts) sets up everything else.
 * Its options come from the environment, read here and nowhere else:
 * `ARCHIVE_CONTENT=DIR` the content folder (default `content`), `ARCHIVE_OUT=DIR` the output folder
 * (default `dist`), `ARCHIVE_BASE=/path/` the base path the site is served under (default `/`),
 * `ARCHIVE_SITE=https://…/` its address, `ARCHIVE_INDEX_PART_PAGES=N` at most how many letter pages
 * one Pagefind process indexes (default 500).
 */
import { defineConfig } from 'astro/config';
import archive from './src/integrations/archive.ts';

// Unset and empty both mean the default.
const env = (/** @type {string} */ name) => process.env[name] || undefined;

export default defineConfig({
  output: 'static',
  devToolbar: { enabled: false },
  integrations: [
    archive({
      content: env('ARCHIVE_CONTENT'),
      outDir: env('ARCHIVE_OUT'),
      base: env('ARCHIVE_BASE'),
      site: env('ARCHIVE_SITE'),
      indexPartPages: env('ARCHIVE_INDEX_PART_PAGES'),
    }),
  ],
});

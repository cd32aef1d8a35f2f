// @ts-check
/**
 * The archive site: the archive integration (src/integrations/archive.ts) sets up everything else.
 * Its options (src/integrations/archive-options.ts) come from the environment, read here and
 * nowhere else; unset and empty both mean the default:
 *
 *   variable                   default    what it sets
 *   ARCHIVE_CONTENT            content    the content folder to build
 *   ARCHIVE_OUT                dist       the output folder
 *   ARCHIVE_BASE               /          the base path the site is served under (`/jyta/`)
 *   ARCHIVE_SITE               (none)     the site's own address, `https://…/`
 *   ARCHIVE_INDEX_PART_PAGES   500        at most how many letter pages one Pagefind process indexes
 *   ARCHIVE_AUDIENCE           public     `public`: letters marked 依申请公开 or 不予公开 are left out;
 *                                         `internal`: the intranet archive, with them, marked
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
      audience: /** @type {'public' | 'internal' | undefined} */ (env('ARCHIVE_AUDIENCE')),
    }),
  ],
});

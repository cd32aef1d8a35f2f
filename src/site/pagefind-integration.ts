/**
 * Astro integration: after `astro build` writes the pages, index them with Pagefind (Node API)
 * into `<outDir>/pagefind/`, then the search's key index (numbers, 文号, names: search-keys.ts)
 * into `<outDir>/search/keys/`, and the most frequent bigrams (search-common.ts) into
 * `<outDir>/search/common.json`, so `dist/` is complete and self-contained.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { writeSearchKeys } from './search-keys.ts';
import { writeSearchCommon } from './search-common.ts';

/** Builds the Pagefind index of the written site; fails the build on any indexing error. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'reply-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        // Only letter pages carry data-pagefind-body: reading the browse and term pages would be wasted.
        const added = await index.addDirectory({ path: site, glob: 'replies/*/*/index.html' });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefind.close();
        const keys = writeSearchKeys(site);
        logger.info(`search keys: ${keys.letters} letters in ${keys.shards} shards (${Math.round(keys.bytes / 1024)} KB)`);
        const common = writeSearchCommon(site);
        logger.info(`search common bigrams: ${common.bigrams} (${Math.round(common.bytes / 1024)} KB)`);
      },
    },
  };
}

/**
 * Astro integration: after `astro build` writes the pages, index them with Pagefind (Node API)
 * into `<outDir>/pagefind/`, so `dist/` is complete and self-contained.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Builds the Pagefind index of the written site; fails the build on any indexing error. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'reply-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site.replace(/\/$/, '')}/pagefind` });
        if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages`);
        await pagefind.close();
      },
    },
  };
}

/// <reference path="./virtual.d.ts" />
/**
 * The archive as one Astro integration: `archive({ content, outDir, base, site, indexPartPages, audience })`
 * (options: archive-options.ts). It sets the Astro configuration the archive needs (static pages
 * in folders, trailing slashes, the incremental build, a kept output folder, the cache folder of
 * this content folder and base path), gives the pages its configuration through
 * `virtual:reply-archive/config`, and runs its build steps in their order:
 *
 *   build:start  keep or empty the output folder (kept-output.ts)
 *   build:done   remove what this build no longer makes → letters' record.json, originals, view
 *                copies and earlier versions (letter-files.ts) → the search index (src/search-build)
 *                → record the output folder
 *
 * Under `astro dev` it serves the same letter files.
 *
 * It adds `@astrojs/mdx`, with Markdown read by Sätteri without smart punctuation or GFM, so that
 * MDX is Astro's own format here as it is the letters': an MDX page or entry rendered by Astro shows
 * quotes, dashes and `~` as written. The letters themselves are not compiled: the loader reads
 * each one with the same MDX parser (src/letters/letter-body.ts) and the letter page renders the
 * blocks with the letter components (src/components/mdx/).
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { letterStore } from '../letters/letter-store.ts';
import { buildSearch, isSearchIndexFile } from '../search-build/build-search.ts';
import { archiveConfig, type ArchiveConfig, type ArchiveOptions } from './archive-options.ts';
import { keptOutput } from './kept-output.ts';
import { isLetterFile, serveLetterFiles, writeLetterFiles } from './letter-files.ts';
import { virtualConfig } from './virtual-config.ts';

const folderUrl = (dir: string) => pathToFileURL(dir.endsWith(path.sep) ? dir : dir + path.sep);

export default function archive(options: ArchiveOptions = {}): AstroIntegration {
  let config: ArchiveConfig;
  let kept: ReturnType<typeof keptOutput>;
  return {
    name: 'reply-archive',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        config = archiveConfig(options, fileURLToPath(astro.root));
        updateConfig({
          integrations: astro.integrations.some((i) => i.name === '@astrojs/mdx') ? [] : [mdx()],
          markdown: { processor: satteri({ features: { smartPunctuation: false, gfm: false } }) },
          base: config.base,
          site: config.site,
          outDir: folderUrl(config.outDir),
          cacheDir: folderUrl(config.cacheDir),
          trailingSlash: 'always',
          // Several pages at a time: a page copied from the incremental cache waits on the disk, not the CPU.
          build: { format: 'directory', concurrency: 4 },
          // Pages whose cacheKey (src/site/page-cache-keys.ts) and templates are unchanged are copied
          // from the last build's cache instead of rendered: one changed letter re-renders a handful.
          experimental: { incrementalBuild: true },
          // The output folder is kept between builds and cleaned of stale files (kept-output.ts).
          vite: { build: { emptyOutDir: false }, plugins: [virtualConfig(config)] },
        });
      },
      'astro:config:done': ({ config: astro }) => {
        kept = keptOutput(fileURLToPath(astro.outDir), fileURLToPath(astro.cacheDir));
      },
      'astro:server:setup': ({ server }) => serveLetterFiles(server, letterStore(config.cacheDir)),
      'astro:build:start': ({ logger }) => kept.start(logger),
      'astro:build:done': async ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        // The letter files and the search index are kept up to date, stale ones removed, by their own steps.
        kept.prune(assets, (file) => isLetterFile(file) || isSearchIndexFile(file), logger);
        await writeLetterFiles(out, letterStore(config.cacheDir), logger);
        await buildSearch(out, { cacheDir: config.cacheDir, partPages: config.indexPartPages }, logger);
        kept.seal();
      },
    },
  };
}

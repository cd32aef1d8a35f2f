// @ts-check
/**
 * The archive site: static output, MDX letters rendered without smart punctuation or GFM (so the
 * letters' quotes and dashes stay as printed), Pagefind index built after the pages.
 * `ARCHIVE_CONTENT=DIR` picks the content folder, `ARCHIVE_OUT=DIR` the output folder.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pagefindIntegration } from './src/site/pagefind-integration.ts';

const content = path.resolve(process.env.ARCHIVE_CONTENT || 'content');

export default defineConfig({
  output: 'static',
  outDir: process.env.ARCHIVE_OUT || './dist',
  // One content-layer cache per content folder, so builds from different folders never mix.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(content).digest('hex').slice(0, 8)}`,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({ features: { smartPunctuation: false, gfm: false } }),
  },
  integrations: [mdx(), pagefindIntegration()],
});

// @ts-check
/**
 * The archive site: static output, MDX letters rendered without smart punctuation or GFM (so the
 * letters' quotes and dashes stay as printed), Pagefind index built after the pages.
 * `ARCHIVE_CONTENT=DIR` picks the content folder, `ARCHIVE_OUT=DIR` the output folder.
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { pagefindIntegration } from './src/site/pagefind-integration.ts';

export default defineConfig({
  output: 'static',
  outDir: process.env.ARCHIVE_OUT || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({ features: { smartPunctuation: false, gfm: false } }),
  },
  integrations: [mdx(), pagefindIntegration()],
});

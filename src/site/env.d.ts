/** Values the site's config gives its pages at build time (astro.config.mjs, `vite.define`). */
interface ImportMetaEnv {
  /** The build cache folder of this content folder and base path (src/site/cache-dir.ts). */
  readonly ARCHIVE_CACHE_DIR: string;
}

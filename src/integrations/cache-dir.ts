/**
 * The build cache folder of a content folder (and base path): Astro's data store, its incremental
 * page cache, the letters' parsed bodies and records, the Pagefind parts. One per content folder,
 * so builds of different archives never mix.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** `node_modules/.astro/<8 hex>` under `root` for the content folder `content` served under `base`. */
export function cacheDirFor(root: string, content: string, base: string): string {
  const key = createHash('sha256')
    .update(base === '/' ? content : `${content}\0${base}`)
    .digest('hex')
    .slice(0, 8);
  return path.join(root, 'node_modules/.astro', key);
}

/**
 * The build cache folder of a content folder (and base path and audience): Astro's data store, its
 * incremental page cache, the letters' parsed bodies and records, the Pagefind parts. One per
 * content folder, base path and audience, so builds of different archives — or the public site and
 * the intranet archive of one — never mix.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * `node_modules/.astro/<8 hex>` under `root` for the content folder `content` served under `base`
 * to `audience` (archive-options.ts). The public site at `/` keeps the key of the content folder alone.
 */
export function cacheDirFor(root: string, content: string, base: string, audience: 'public' | 'internal' = 'public'): string {
  const parts = [content, ...(base === '/' ? [] : [base]), ...(audience === 'public' ? [] : [`audience=${audience}`])];
  const key = createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 8);
  return path.join(root, 'node_modules/.astro', key);
}

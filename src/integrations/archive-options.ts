/**
 * The archive integration's options (src/integrations/archive.ts), validated by zod, and the
 * configuration it resolves from them: what the pages read through `virtual:reply-archive/config`
 * (virtual-config.ts). astro.config.mjs reads them from the environment and passes them in.
 */
import path from 'node:path';
import { z } from 'zod';
import { cacheDirFor } from './cache-dir.ts';

/** `/jyta/`, `jyta` and `/jyta` all mean `/jyta/`; empty means `/`. */
const normalBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export const archiveOptionsSchema = z.object({
  /**
   * The content folder (`replies/<year>/<id>.mdx` and their originals; `withdrawn/<year>/` for
   * withdrawn letters), relative to the project root.
   */
  content: z.string().min(1).default('content'),
  /** The output folder, relative to the project root. */
  outDir: z.string().min(1).default('dist'),
  /** The path the whole site (pages, downloads, search index) is served under. */
  base: z.string().default('/').transform(normalBase),
  /** The site's own address, `https://example.org/`, if it is known (Astro's `site`). */
  site: z.url({ error: 'must be an absolute URL, https://…' }).optional(),
  /** At most how many letter pages one Pagefind process indexes (src/search-index/index-parts.ts). */
  indexPartPages: z.coerce
    .number({ error: 'must be a whole number of pages' })
    .int({ error: 'must be a whole number of pages' })
    .positive({ error: 'must be a whole number of pages' })
    .default(500),
  /**
   * Who the build is for: `public`, the public site, leaves out every letter the public may not see
   * (src/record/publication.ts); `internal`, the intranet archive, includes them, marked as such.
   */
  audience: z.enum(['public', 'internal'], { error: 'must be public or internal' }).default('public'),
});

/** Who a build is for (archiveOptionsSchema's `audience`). */
export type Audience = 'public' | 'internal';

export type ArchiveOptions = z.input<typeof archiveOptionsSchema>;

/** What the integration and the pages work with: absolute folders, the base path, the part size, the audience. */
export interface ArchiveConfig {
  /** The content folder, absolute. */
  contentDir: string;
  /** Its `replies/` folder, which holds `<year>/<id>.mdx`. */
  repliesDir: string;
  /** Its `withdrawn/` folder, which holds `<year>/<id>.mdx` of the letters withdrawn. */
  withdrawnDir: string;
  /** The output folder, absolute. */
  outDir: string;
  /** The build cache folder of this content folder and base path (cache-dir.ts). */
  cacheDir: string;
  base: string;
  site: string | undefined;
  indexPartPages: number;
  audience: Audience;
}

/** The options validated and resolved against the project root `root`; throws naming each option that is wrong. */
export function archiveConfig(options: unknown, root: string): ArchiveConfig {
  const result = archiveOptionsSchema.safeParse(options ?? {});
  if (!result.success) {
    const shown = (key: PropertyKey) => JSON.stringify((options as Record<PropertyKey, unknown> | null)?.[key]);
    const issues = result.error.issues.map((i) => `${i.path.map(String).join('.')} ${i.message}, not ${shown(i.path[0])}`);
    throw new Error(`archive(): ${issues.join('; ')}`);
  }
  const o = result.data;
  const contentDir = path.resolve(root, o.content);
  return {
    contentDir,
    repliesDir: path.join(contentDir, 'replies'),
    withdrawnDir: path.join(contentDir, 'withdrawn'),
    outDir: path.resolve(root, o.outDir),
    cacheDir: cacheDirFor(root, contentDir, o.base, o.audience),
    base: o.base,
    site: o.site,
    indexPartPages: o.indexPartPages,
    audience: o.audience,
  };
}

/**
 * An MDX file edited the way a re-ingest would change it, sealed again: its `writtenSha256`
 * recomputed as ingest computes it (src/record/written-digest.ts), so that the build takes the
 * edit for ingest's own. Tests use it to stand in for a corrected letter without its original.
 */
import { load } from 'js-yaml';
import { splitFrontmatter } from '../../src/letters/frontmatter.ts';
import { writtenDigest } from '../../src/record/written-digest.ts';

export function resealed(mdx: string): string {
  const split = splitFrontmatter(mdx);
  if (!split) throw new Error('resealed: no frontmatter');
  const digest = writtenDigest(load(split.yaml) as Record<string, unknown>, split.body);
  return mdx.replace(/^writtenSha256: '[0-9a-f]{64}'$/m, `writtenSha256: '${digest}'`);
}

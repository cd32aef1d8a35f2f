/**
 * Withdrawing a letter published by mistake, the parts that decide: the MDX text with its
 * withdrawal recorded. Pure; withdraw-cli.ts reads, calls and writes.
 */
import { dump, load } from 'js-yaml';
import { withdrawalSchema, type Withdrawal } from '../record/record-schema.ts';

const FRONTMATTER = /^---\n([\s\S]*?\n)?---\n/;

/**
 * The MDX text `mdx` with `withdrawn: { on, reason }` added at the end of its frontmatter, every
 * other byte as it was (the written digest leaves `withdrawn` out, so the file stays sealed). A
 * file whose frontmatter already records a withdrawal is returned as it is. Throws when `mdx` has
 * no frontmatter or it is not YAML.
 */
export function withdrawnMdx(mdx: string, withdrawal: Withdrawal): string {
  const m = FRONTMATTER.exec(mdx);
  if (!m) throw new Error('no frontmatter (a letter starts with its record between two --- lines)');
  const front = load(m[1] ?? '');
  if (front && typeof front === 'object' && 'withdrawn' in front) return mdx;
  // Quoted as ingest quotes the rest of the frontmatter: the same under any YAML parser.
  const added = dump({ withdrawn: withdrawalSchema.parse(withdrawal) }, { lineWidth: -1, forceQuotes: true });
  const end = m[0].length - '---\n'.length;
  return mdx.slice(0, end) + added + mdx.slice(end);
}

/** Where an MDX file's YAML frontmatter ends and its body begins: the one rule every reader of a letter's file uses. Pure. */
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * An MDX file cut at its frontmatter: the YAML text between the two `---` lines, the body after
 * the closing one, and the body's first line number (from 1); null when the file has none.
 */
export function splitFrontmatter(mdx: string): { yaml: string; body: string; bodyLine: number } | null {
  const m = FRONTMATTER.exec(mdx);
  return m ? { yaml: m[1], body: mdx.slice(m[0].length), bodyLine: m[0].split('\n').length } : null;
}

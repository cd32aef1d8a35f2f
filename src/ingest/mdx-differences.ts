/**
 * What differs between a letter's MDX file as it is and as ingest writes it: every frontmatter
 * field whose value differs, named by its path (`category`, `sections.1.measures.2.lead`), and the
 * body by its first differing line. The frontmatter is compared by value, as the build's digest
 * reads it: keys in another order or quoted otherwise are the same record. Pure.
 */
import { load } from 'js-yaml';
import { splitFrontmatter } from '../letters/frontmatter.ts';

/**
 * `category: has “B”, ingest writes “C”`, …, `line 42: has “…”, ingest writes “…”` (the line of
 * `have`); [] when the two files hold the same. Top-level keys in `ignore` are not compared.
 * Throws when either file has no frontmatter or its frontmatter is not YAML.
 */
export function mdxDifferences(have: string, want: string, ignore: ReadonlySet<string> = new Set()): string[] {
  if (have === want) return [];
  const a = split(have);
  const b = split(want);
  const problems = fieldDifferences(omit(a.front, ignore), omit(b.front, ignore), '');
  const line = firstDifference(a.body, b.body);
  if (line) problems.push(`line ${a.bodyLine + line.index}: ${line.text}`);
  return problems;
}

/** Each leaf where `have` and `want` differ, as `path: has …, ingest writes …`. */
export function fieldDifferences(have: unknown, want: unknown, path: string): string[] {
  if (equal(have, want)) return [];
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(have) && Array.isArray(want)) {
    return Array.from({ length: Math.max(have.length, want.length) }, (_, i) => fieldDifferences(have[i], want[i], at(i))).flat();
  }
  if (isObject(have) && isObject(want)) {
    const keys = [...new Set([...Object.keys(want), ...Object.keys(have)])];
    return keys.flatMap((k) => fieldDifferences(have[k], want[k], at(k)));
  }
  return [`${path || 'frontmatter'}: has ${show(have)}, ingest writes ${show(want)}`];
}

/** The first line where the texts differ (0-based) and how, or null when they are equal. */
function firstDifference(have: string, want: string): { index: number; text: string } | null {
  if (have === want) return null;
  const a = have.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return { index: i, text: `has ${showLine(a[i])}, ingest writes ${showLine(b[i])}` };
}

function split(mdx: string): { front: Record<string, unknown>; body: string; bodyLine: number } {
  const split = splitFrontmatter(mdx);
  if (!split) throw new Error('no frontmatter');
  const front = load(split.yaml);
  return { front: isObject(front) ? front : {}, body: split.body, bodyLine: split.bodyLine };
}

function omit(front: Record<string, unknown>, keys: ReadonlySet<string>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(front).filter(([k]) => !keys.has(k)));
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return false;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const cut = (s: string) => (s.length > 60 ? `${s.slice(0, 60)}…` : s);

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return `“${cut(v)}”`;
  return cut(JSON.stringify(v));
}

function showLine(s: string | undefined): string {
  return s === undefined ? '(end of file)' : `“${cut(s)}”`;
}

/**
 * The digest of what ingest wrote of a letter: its frontmatter without the parts an editor may
 * change by hand, and its body. Ingest stores it as `writtenSha256`; the build recomputes it from
 * the file and refuses a letter whose digest differs, so that a hand edit outside `editorLinks`
 * and `corrections` never reaches the site with the record out of step with the letter's text.
 */
import { createHash } from 'node:crypto';

/** Frontmatter keys an editor or the office's commands set after ingest; not part of the digest. */
export const EDITABLE_KEYS = ['editorLinks', 'corrections', 'withdrawn', 'writtenSha256'] as const;

/**
 * SHA-256 (hex) of `front` (the frontmatter as YAML reads it, or the record ingest is writing)
 * without the editable keys, with keys in sorted order, and of `body` (the file after its
 * frontmatter's closing `---` line).
 */
export function writtenDigest(front: Record<string, unknown>, body: string): string {
  const kept = Object.fromEntries(
    Object.entries(front).filter(([k, v]) => v !== undefined && !(EDITABLE_KEYS as readonly string[]).includes(k)),
  );
  return createHash('sha256').update(canonicalJson(kept)).update('\0').update(body).digest('hex');
}

/** JSON with every object's keys sorted: equal values give equal text whatever order they were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

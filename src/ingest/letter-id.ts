/** Short, stable ASCII ids for letters. Pure. */
import type { LetterRecord } from '../record/record-schema.ts';

/**
 * `2025-ta5-4-0361`: the signing year, `ta` for 提案 or `jy` for 建议, the session's term and
 * meeting, the number as printed. Parts the letter lacks are left out; `fallback` (a hex digest)
 * stands in for a missing number.
 */
export function baseId(record: LetterRecord, fallback: string): string {
  const kind = record.kind === 'proposal' ? 'ta' : 'jy';
  const session = record.session ? `${record.session.term}-${record.session.meeting}` : '';
  const number = record.number ?? fallback.slice(0, 8);
  return `${record.date.slice(0, 4)}-${kind}${session}-${number}`;
}

/** The id with a short digest of the 文号 appended: tells apart two replies to one item (主办 and 协办). */
export function disambiguatedId(base: string, digest: string): string {
  return `${base}-${digest.slice(0, 6)}`;
}

/**
 * `base` when no other letter (withdrawn letters included) holds it; else the first of its
 * disambiguated forms, one per digest of `digests` (hex), then numbered, that none holds.
 */
export function freeId(base: string, digests: string[], taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (const digest of digests) {
    const id = disambiguatedId(base, digest);
    if (!taken(id)) return id;
  }
  const last = disambiguatedId(base, digests[0] ?? '');
  for (let n = 2; ; n++) if (!taken(`${last}-${n}`)) return `${last}-${n}`;
}

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

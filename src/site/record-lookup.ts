/**
 * Look-ups into a letter's record for the body components, and the open-data record that
 * `record.json` publishes (record-format.md fields plus `id`, in the documented order).
 */
import { RECORD_FIELDS, type ArchivedRecord, type LetterRecord } from '../record/record-schema.ts';

/** The lead of the measure (`m2-3`) or commitment (`n1`) with that anchor, if the record has it. */
export function findLead(record: ArchivedRecord | undefined, anchor: string): string | undefined {
  if (!record) return undefined;
  if (anchor.startsWith('n')) {
    return record.nextSteps.find((c, i) => (c.anchor ?? `n${i + 1}`) === anchor)?.lead;
  }
  for (const [si, s] of record.sections.entries()) {
    for (const [mi, m] of s.measures.entries()) {
      if ((m.anchor ?? `m${si + 1}-${mi + 1}`) === anchor) return m.lead;
    }
  }
  return undefined;
}

/** The JSON published for a letter: `id` first, then the record-format.md fields in order. */
export function openRecord(record: ArchivedRecord): { id: string } & LetterRecord {
  const out: Record<string, unknown> = { id: record.id };
  for (const k of RECORD_FIELDS) out[k] = record[k];
  return out as { id: string } & LetterRecord;
}

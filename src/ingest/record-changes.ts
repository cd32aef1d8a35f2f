/** What changed between two versions of a letter's record: the fields, by name. Pure. */
import { RECORD_FIELDS, type ArchivedRecord } from '../record/record-schema.ts';

/** The record fields whose values differ, in record order, then `text` when the text changed. */
export function changedFields(before: Partial<ArchivedRecord>, after: ArchivedRecord): string[] {
  const differs = (f: keyof ArchivedRecord) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null);
  return [...RECORD_FIELDS.filter(differs), ...(differs('textSha256') ? ['text'] : [])];
}

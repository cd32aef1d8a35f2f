/** The open-data record of a letter, as `record.json` publishes it. Pure. */
import { RECORD_FIELDS, type ArchivedRecord, type LetterRecord } from '../record/record-schema.ts';

/** The JSON published for a letter: `id` first, then the record-format.md fields in order. */
export function openRecord(record: ArchivedRecord): { id: string } & LetterRecord {
  const out: Record<string, unknown> = { id: record.id };
  for (const k of RECORD_FIELDS) out[k] = record[k];
  return out as { id: string } & LetterRecord;
}

/** The text of a letter's `record.json`. */
export function recordJson(record: ArchivedRecord): string {
  return JSON.stringify(openRecord(record), null, 2) + '\n';
}

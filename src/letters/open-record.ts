/** The open-data record of a letter, as `record.json` publishes it. Pure. */
import { correctedFields } from '../record/corrections.ts';
import { RECORD_FIELDS, type ArchivedRecord, type Corrections, type LetterRecord } from '../record/record-schema.ts';
import { letterVersions } from './published-files.ts';

/** An earlier version of the letter, with the URLs of its original and its record. */
export interface OpenVersion {
  version: number;
  replacedOn: string;
  source: string;
  record: string;
}

/**
 * What record.json holds besides the record's fields: the fields an editor corrected (their
 * values in the record are the corrected ones), and the earlier versions, oldest first. Both are
 * always there, empty when there is nothing to say.
 */
export interface OpenExtras {
  corrected: (keyof Corrections)[];
  versions: OpenVersion[];
}

/**
 * The JSON published for a letter: `id` first, then the record-format.md fields in order (the
 * record with the editor's corrections laid over it), then `corrected` and `versions`.
 * `letterUrl` is the URL of its page, `/replies/2025/2025-ta5-4-0361/`, base path included.
 */
export function openRecord(record: ArchivedRecord, letterUrl: string): { id: string } & LetterRecord & OpenExtras {
  const out: Record<string, unknown> = { id: record.id };
  for (const k of RECORD_FIELDS) out[k] = record[k];
  out.corrected = correctedFields(record);
  out.versions = letterVersions(record).map((v) => ({
    version: v.version,
    replacedOn: v.replacedOn,
    source: letterUrl + v.source.name,
    record: letterUrl + v.record.name,
  }));
  return out as unknown as { id: string } & LetterRecord & OpenExtras;
}

/** The text of a letter's `record.json`. */
export function recordJson(record: ArchivedRecord, letterUrl: string): string {
  return JSON.stringify(openRecord(record, letterUrl), null, 2) + '\n';
}

/**
 * An editor's corrections laid over the parsed record: the record the site, the open data,
 * search, browse and the cross-links use. Pure.
 */
import type { Corrections, LetterRecord } from './record-schema.ts';

/** The record with each corrected field replaced by the editor's value; the record itself when it has no corrections. */
export function correctedRecord<R extends LetterRecord & { corrections?: Corrections }>(record: R): R {
  const c = record.corrections;
  if (!c || Object.keys(c).length === 0) return record;
  return { ...record, ...c };
}

/** The fields an editor corrected, in the order the corrections list them. */
export function correctedFields(record: { corrections?: Corrections }): (keyof Corrections)[] {
  return Object.keys(record.corrections ?? {}) as (keyof Corrections)[];
}

/**
 * What may be published on the public site: a letter the 公开属性 it prints (or the editor's
 * correction of it) does not hold back, and that was not withdrawn. Pure.
 */
import type { LetterRecord } from './record-schema.ts';

/** The 公开属性 values that keep a letter off the public site. */
export const HELD_BACK: readonly NonNullable<LetterRecord['disclosure']>[] = ['依申请公开', '不予公开'];

/** Whether the public site may publish a letter with this (corrected) record. */
export function isPublic(record: Pick<LetterRecord, 'disclosure'>): boolean {
  return !record.disclosure || !HELD_BACK.includes(record.disclosure);
}

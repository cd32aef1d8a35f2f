/** What changed between two versions of a letter's record: the fields, by name. Pure. */
import type { ArchivedRecord } from '../record/record-schema.ts';

const FIELDS = [
  'docNumber', 'signer', 'title', 'kind', 'assembly', 'session', 'number', 'addressees', 'addresseeRole',
  'proposalTitle', 'replyingUnit', 'date', 'category', 'contact', 'cc', 'issuedBy', 'issuedDate',
  'sections', 'nextSteps', 'terms', 'textSha256',
] as const;

/** The record fields whose values differ (`textSha256` stands for “the text”), in record order. */
export function changedFields(before: Partial<ArchivedRecord>, after: ArchivedRecord): string[] {
  return FIELDS.filter((f) => JSON.stringify(before[f] ?? null) !== JSON.stringify(after[f] ?? null)).map((f) => (f === 'textSha256' ? 'text' : f));
}

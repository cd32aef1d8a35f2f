/** Look-ups into a letter's record for the body components. Pure. */
import type { ArchivedRecord } from '~/record/record-schema.ts';

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

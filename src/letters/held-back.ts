/**
 * The letters a build leaves out because the public may not see them (src/record/publication.ts),
 * counted by 公开属性, and the line the build log gives about them. Pure.
 */
import { HELD_BACK } from '../record/publication.ts';
import type { LetterRecord } from '../record/record-schema.ts';

type HeldBack = (typeof HELD_BACK)[number];

/** Counts of letters by their (corrected) 公开属性, for those HELD_BACK lists. */
export type HeldBackCounts = Partial<Record<HeldBack, number>>;

/** `counts` with one more letter of this 公开属性. */
export function countHeldBack(counts: HeldBackCounts, disclosure: LetterRecord['disclosure']): HeldBackCounts {
  const d = disclosure as HeldBack;
  return { ...counts, [d]: (counts[d] ?? 0) + 1 };
}

/**
 * The build log's line: for the public site, how many letters were held back and why; for the
 * intranet archive, how many it holds that the public site does not. Null when there are none.
 */
export function heldBackMessage(counts: HeldBackCounts, audience: 'public' | 'internal'): string | null {
  const total = HELD_BACK.reduce((n, d) => n + (counts[d] ?? 0), 0);
  if (total === 0) return null;
  const by = HELD_BACK.filter((d) => counts[d])
    .map((d) => `${d} ${counts[d]}`)
    .join(', ');
  const letters = total === 1 ? '1 letter' : `${total} letters`;
  return audience === 'public'
    ? `${letters} held back (${by}): not on the public site; ARCHIVE_AUDIENCE=internal builds the intranet archive`
    : `${letters} not for the public (${by}) included and marked: this is the intranet archive (ARCHIVE_AUDIENCE=internal)`;
}

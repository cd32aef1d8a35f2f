/**
 * A letter as the letter store lists it (src/letters/letter-store.ts): its id, the digest of its
 * MDX file, where that file is, and its record without the outline (the outline, the body and the
 * published record.json are files of their own in the store). Every page, list and build step
 * works on these.
 */
import path from 'node:path';
import { z } from 'zod';
import { listedRecordSchema } from '../record/record-schema.ts';

export const letterSchema = z.object({
  /** The record's id, `2025-ta5-4-0361`. */
  id: z.string(),
  /** The digest of the MDX file's text: names the letter's files in the store, keys its pages' caches. */
  digest: z.string(),
  /** The MDX file, relative to the working folder: `content/replies/2025/2025-ta5-4-0361.mdx`. */
  filePath: z.string(),
  /** The record without its outline (sections, next steps). */
  data: listedRecordSchema,
});

export type Letter = z.infer<typeof letterSchema>;

/** The year a letter is filed under: the year folder of its MDX file, else its date's year. */
export function letterYear(letter: Letter): string {
  const dir = path.basename(path.dirname(letter.filePath));
  return /^\d{4}$/.test(dir) ? dir : letter.data.date.slice(0, 4);
}

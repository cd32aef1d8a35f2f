/**
 * A letter as the letter store lists it (src/letters/letter-store.ts): its id, the digest of its
 * MDX file, where that file is, and its record without the outline (the outline, the body and the
 * published record.json are files of their own in the store), the editor's corrections laid over
 * it. Every page, list and build step works on these.
 */
import path from 'node:path';
import { z } from 'zod';
import { isoDate, listedRecordSchema } from '../record/record-schema.ts';

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

/**
 * A withdrawn letter, as the letter store lists it: what its notice at its old URL needs and no
 * more (no title, no text, not the reason).
 */
export const withdrawnLetterSchema = z.object({
  /** The record's id: its URL is `/replies/<year>/<id>/`, as it was. */
  id: z.string(),
  /** The year folder of its MDX file under `withdrawn/`. */
  year: z.string().regex(/^\d{4}$/),
  /** The day it was withdrawn, ISO. */
  on: isoDate,
  /** The MDX file, relative to the working folder: `content/withdrawn/2024/2024-jy14-3-52.mdx`. */
  filePath: z.string(),
});

export type WithdrawnLetter = z.infer<typeof withdrawnLetterSchema>;

/** The year a letter is filed under: the year folder of its MDX file, else its date's year. */
export function letterYear(letter: Letter): string {
  return yearOf(letter.filePath, letter.data.date);
}

/** The year folder of the MDX file `filePath`, else the year of the letter's date `date`. */
export function yearOf(filePath: string, date: string): string {
  const dir = path.basename(path.dirname(filePath));
  return /^\d{4}$/.test(dir) ? dir : date.slice(0, 4);
}

/**
 * Reads what the review shows: every letter of a content folder (or those whose MDX file was
 * modified on or after a date), its frontmatter, and the text of its kept original.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { frontmatterOf, readContentIndex } from '../ingest/content-index.ts';
import { decodeText } from '../ingest/decode-text.ts';
import { letterText } from '../ingest/read-letter.ts';

export interface ReviewLetter {
  /** The MDX file. */
  path: string;
  /** When the MDX file was last modified. */
  modified: Date;
  /** The whole frontmatter, as written. */
  front: Record<string, any>;
  /** The kept original's extension, lower case without dot: `txt`, `docx`, `pdf`. */
  sourceExt: string;
  /** The original's text, or null when it could not be read (see sourceError). */
  sourceText: string | null;
  sourceError: string | null;
}

/** `YYYY-MM-DD` → local midnight of that day; throws on anything else. */
export function parseSince(s: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const d = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
  if (!d || d.getMonth() !== Number(m![2]) - 1 || d.getDate() !== Number(m![3])) {
    throw new Error(`--since: expected a date YYYY-MM-DD, got “${s}”`);
  }
  return d;
}

/** The original's text: `.txt` decoded (UTF-8 or GB18030), `.docx`/`.pdf` extracted as ingest does. */
export async function sourceTextOf(file: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(file));
  return extname(file).toLowerCase() === '.txt' ? decodeText(bytes) : letterText(file, bytes);
}

/** The letters of `contentDir`, those modified on/after `since` if given, in file order. */
export async function loadReviewLetters(contentDir: string, since?: Date): Promise<ReviewLetter[]> {
  const letters: ReviewLetter[] = [];
  for (const entry of await readContentIndex(contentDir)) {
    const modified = (await stat(entry.path)).mtime;
    if (since && modified < since) continue;
    const front = frontmatterOf(await readFile(entry.path, 'utf8')) ?? {};
    const sourceFile = typeof front.sourceFile === 'string' ? front.sourceFile : entry.sourceFile;
    let sourceText: string | null = null;
    let sourceError: string | null = null;
    try {
      if (!sourceFile) throw new Error('no sourceFile in the frontmatter');
      sourceText = await sourceTextOf(join(dirname(entry.path), sourceFile));
    } catch (e) {
      sourceError = e instanceof Error ? e.message : String(e);
    }
    letters.push({
      path: entry.path,
      modified,
      front,
      sourceText,
      sourceError,
      sourceExt: extname(sourceFile ?? '')
        .slice(1)
        .toLowerCase(),
    });
  }
  return letters;
}

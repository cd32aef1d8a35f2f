/**
 * Reads what the review shows: every letter under `<content>/replies/` (or those whose MDX file
 * was written on or after a day), its frontmatter, the text of its kept original and which of the
 * files it names are missing; and how many letters `<content>/withdrawn/` holds (written on or
 * after that day). A file whose frontmatter cannot be read or does not match the record schema
 * stops the review with one line naming it.
 */
import { access, readFile, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { frontmatterOf, mdxFilesUnder } from '../ingest/content-index.ts';
import { decodeText } from '../ingest/decode-text.ts';
import { letterText } from '../ingest/read-letter.ts';
import { archivedRecordSchema } from '../record/record-schema.ts';

export interface ReviewLetter {
  /** The MDX file. */
  path: string;
  /** When the MDX file was last written. */
  modified: Date;
  /** The whole frontmatter, as written. */
  front: Record<string, any>;
  /** The kept original's extension, lower case without dot: `txt`, `docx`, `pdf`. */
  sourceExt: string;
  /** The original's text, or null when it could not be read (see sourceError). */
  sourceText: string | null;
  sourceError: string | null;
  /** Files the frontmatter names beside the MDX file (earlier versions, other formats) that are not there. */
  missingFiles: string[];
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

/** The frontmatter of an MDX file, checked against the record schema; throws one line naming the file. */
async function frontOf(path: string): Promise<Record<string, any>> {
  let front: Record<string, any> | null;
  try {
    front = frontmatterOf(await readFile(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: the frontmatter is not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  if (!front || typeof front !== 'object') throw new Error(`${path}: no frontmatter`);
  const checked = archivedRecordSchema.safeParse(front);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${path}: the frontmatter does not match the record schema: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return front;
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/** The letters of `contentDir`, those written on/after `since` if given, in file order. */
export async function loadReviewLetters(contentDir: string, since?: Date): Promise<ReviewLetter[]> {
  const letters: ReviewLetter[] = [];
  for (const path of await mdxFilesUnder(join(contentDir, 'replies'))) {
    const modified = (await stat(path)).mtime;
    if (since && modified < since) continue;
    const front = await frontOf(path);
    const sourceFile: string = front.sourceFile;
    let sourceText: string | null = null;
    let sourceError: string | null = null;
    try {
      sourceText = await sourceTextOf(join(dirname(path), sourceFile));
    } catch (e) {
      sourceError = e instanceof Error ? e.message : String(e);
    }
    const named: string[] = [
      sourceFile,
      ...(front.versions ?? []).flatMap((v: { sourceFile: string; recordFile: string }) => [v.sourceFile, v.recordFile]),
      ...(front.otherSources ?? []).map((o: { sourceFile: string }) => o.sourceFile),
    ];
    const missingFiles: string[] = [];
    for (const f of named) if (!(await exists(join(dirname(path), f)))) missingFiles.push(f);
    letters.push({ path, modified, front, sourceText, sourceError, missingFiles, sourceExt: extname(sourceFile).slice(1).toLowerCase() });
  }
  return letters;
}

/** How many withdrawn letters `<content>/withdrawn/` holds, those written on/after `since` if given. */
export async function countWithdrawn(contentDir: string, since?: Date): Promise<number> {
  let n = 0;
  for (const path of await mdxFilesUnder(join(contentDir, 'withdrawn'))) if (!since || (await stat(path)).mtime >= since) n++;
  return n;
}

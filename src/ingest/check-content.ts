/**
 * Re-derives every archived letter from its kept original and compares the MDX file with what
 * ingest writes today: a letter is out of date (the ingest changed) or was edited by hand outside
 * `editorLinks`, the one place editors may edit.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { keptFields, readContentIndex } from './content-index.ts';
import { letterText } from './read-letter.ts';
import { archivableLetter, letterMdx } from './archive-letter.ts';
import { LetterError } from './letter-error.ts';

export interface CheckResult {
  path: string;
  /** null when the file is what ingest writes; otherwise what differs. */
  problem: string | null;
}

/** Checks every letter under the content folder. */
export async function checkContent(contentDir: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const letter of await readContentIndex(contentDir)) {
    const sourcePath = join(dirname(letter.path), letter.sourceFile);
    let problem: string | null;
    try {
      const bytes = new Uint8Array(await readFile(sourcePath));
      const text = await letterText(letter.sourceName, bytes);
      const want = letterMdx(await archivableLetter(letter.sourceName, bytes, text, keptFields(letter)));
      problem = firstDifference(await readFile(letter.path, 'utf8'), want);
    } catch (e) {
      if (!(e instanceof LetterError) && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      problem = e instanceof LetterError ? `its source no longer ingests: ${e.message}` : `its source ${letter.sourceFile} is missing`;
    }
    results.push({ path: letter.path, problem });
  }
  return results;
}

/** `line 42: has “…”, ingest writes “…”`, or null when the texts are equal. */
export function firstDifference(have: string, want: string): string | null {
  if (have === want) return null;
  const a = have.split('\n');
  const b = want.split('\n');
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const show = (s: string | undefined) => (s === undefined ? '(end of file)' : `“${s.slice(0, 60)}”`);
  return `line ${i + 1}: has ${show(a[i])}, ingest writes ${show(b[i])}`;
}

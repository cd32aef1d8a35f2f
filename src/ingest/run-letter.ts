/** What an ingest run keeps of the letters it writes, and the outcome it reports for one. */
import { readFile } from 'node:fs/promises';
import { letterText } from './read-letter.ts';
import { LetterError } from './letter-error.ts';
import { archivableLetter, type ArchivableLetter } from './archive-letter.ts';
import { keptFields } from './content-index.ts';
import { correctedRecord } from '../record/corrections.ts';
import { isPublic } from '../record/publication.ts';
import type { LetterLookup, LookupLetter, RunCopy } from './letter-lookup.ts';
import type { ArchivedRecord } from '../record/record-schema.ts';
import { flatCopy } from './flat-copy.ts';
import type { IngestOptions } from './ingest-run.ts';
import type { LetterOutcome, Outcome } from './ingest-outcome.ts';

/** An ingest run's state: its options, the letters it checks against, the outcomes so far. */
export interface Run {
  options: IngestOptions & { today: string };
  lookup: LetterLookup;
  outcomes: Outcome[];
  /** The letters last written, by the input file their text came from: a few, so that memory stays flat. */
  recent: Map<string, ArchivableLetter>;
  /** The letter `--set` corrects: the first one the run writes or corrects. */
  setFor?: string;
}

/** With `--set`, one letter only: a second one is refused before anything of it is written. */
export function claimSet(run: Run, id: string): void {
  if (!run.options.set) return;
  if (run.setFor && run.setFor !== id) throw new LetterError(`--set corrects one letter, ${run.setFor}: this is another (${id})`);
  run.setFor = id;
}

/** A file being ingested: its bytes, its text, and the letter as first read. */
export interface Input {
  file: string;
  bytes: Uint8Array;
  text: string;
  letter: ArchivableLetter;
}

const RECENT = 8;

/** Keeps `letter` as the one last written from `file`. */
export function remember(run: Run, file: string, letter: ArchivableLetter): void {
  run.recent.delete(file);
  run.recent.set(file, letter);
  if (run.recent.size > RECENT) run.recent.delete(run.recent.keys().next().value!);
}

/** The lookup's entry for a letter written at `path`; `copies` for one written in this run. */
export function indexEntry(letter: ArchivableLetter, path: string, copies?: LookupLetter['run']): LookupLetter {
  const r = letter.record;
  const kept = Object.fromEntries(
    (['editorLinks', 'corrections', 'versions', 'otherSources', 'withdrawn'] as const)
      .filter((k) => r[k] !== undefined)
      .map((k) => [k, r[k]]),
  );
  return flatCopy({
    id: r.id,
    docNumber: r.docNumber,
    textSha256: r.textSha256,
    sourceName: r.sourceName,
    sourceFile: r.sourceFile,
    sourceSha256: r.sourceSha256,
    path,
    editorLinks: r.editorLinks,
    kept,
    ...(copies ? { run: copies } : {}),
  });
}

/** The outcome of a file that became a letter's text: written unless a dry run, held back where its 公开属性 says so. */
export function letterOutcome(
  letter: ArchivableLetter,
  file: string,
  mdx: string,
  run: Run,
  extra: Pick<LetterOutcome, 'action'> & Partial<Omit<LetterOutcome, 'record'>>,
): LetterOutcome<ArchivedRecord> {
  const shown = correctedRecord(letter.record);
  return {
    file,
    record: letter.record,
    mdx,
    ...(run.options.dryRun ? { dryRun: true as const } : { written: mdx }),
    ...(isPublic(shown) ? {} : { heldBack: shown.disclosure! }),
    ...extra,
  };
}

/** The letter of this run as its chosen copy gives it, with what it keeps. */
export async function chosenLetter(letter: LookupLetter, run: Run): Promise<ArchivableLetter> {
  const file = letter.run!.chosen.file;
  const known = run.recent.get(file);
  if (known) return known;
  const bytes = new Uint8Array(await readFile(file));
  return archivableLetter(file, bytes, await letterText(file, bytes), keptFields(letter));
}

/** The files a letter of this run keeps beside it as other formats, by format then name. */
export function otherSourcesOf(
  id: string,
  copies: RunCopy[],
): { sourceFile: string; sourceName: string; sourceSha256: string }[] | undefined {
  if (copies.length === 0) return undefined;
  return [...copies]
    .sort((a, b) => a.extension.localeCompare(b.extension) || a.sourceName.localeCompare(b.sourceName))
    .map((c) => ({ sourceFile: `${id}.source${c.extension}`, sourceName: c.sourceName, sourceSha256: c.sourceSha256 }));
}

/**
 * Ingests letter files into a content folder: reads, parses, finds duplicates, other formats and
 * earlier versions, and writes the MDX file, the kept original and the kept versions atomically.
 * Reports one outcome per file, in input order. Files of one letter in one run are handled in
 * run-copies.ts, files of a letter archived before it (duplicates, corrections) in run-archived.ts.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LetterError } from './letter-error.ts';
import { letterText } from './read-letter.ts';
import { archivableLetter, letterMdx, sha256, type ArchivableLetter, type KeptFields } from './archive-letter.ts';
import { keptFields, readContentIndex, splitMdx } from './content-index.ts';
import { recordChanges } from './record-changes.ts';
import { freeId } from './letter-id.ts';
import { keptVersion, type VersionPlan } from './kept-versions.ts';
import { applyWrites, keptBytes } from './letter-writes.ts';
import { isUtf8 } from './letter-copies.ts';
import { LetterLookup, type LookupLetter, type RunCopy } from './letter-lookup.ts';
import { joinLetter } from './run-copies.ts';
import { archivedCopy, correctLetter } from './run-archived.ts';
import { chosenLetter, claimSet, indexEntry, letterOutcome, remember, type Input, type Run } from './run-letter.ts';
import { archivedRecordSchema, type ArchivedRecord, type Corrections } from '../record/record-schema.ts';
import type { LetterOutcome, Outcome, ReportedOutcome } from './ingest-outcome.ts';
import { flatCopy } from './flat-copy.ts';
import { localIsoDate } from './local-date.ts';

export type { Outcome, ReportedOutcome } from './ingest-outcome.ts';

export interface IngestOptions {
  contentDir: string;
  /** Parse and report only; write nothing. */
  dryRun: boolean;
  /** Replace an archived letter with the same 文号 whose text changed. */
  replace: boolean;
  /** Corrections supplied up front (`--set`): given to the letter ingested, or added to the archived one. */
  set?: Corrections;
  /** The day of the run (ISO), the `replacedOn` of versions kept; today's local date when not given. */
  today?: string;
}

/**
 * Ingests the files in order, calling `report` after each with its outcome; returns the outcomes,
 * each letter's record reduced to its summary (its id and warnings), so that a long run's memory
 * stays flat.
 */
export async function ingestFiles(files: string[], options: IngestOptions, report: (o: ReportedOutcome) => void): Promise<Outcome[]> {
  const run: Run = {
    options: { ...options, today: options.today ?? localIsoDate(new Date()) },
    lookup: new LetterLookup(await readContentIndex(options.contentDir)),
    outcomes: [],
    recent: new Map(),
  };
  for (const file of files) {
    let outcome: ReportedOutcome;
    try {
      outcome = await ingestOne(file, run);
    } catch (e) {
      if (!(e instanceof LetterError)) throw e;
      outcome = { file, error: e.message };
    }
    run.outcomes.push(
      flatCopy('record' in outcome ? { ...outcome, record: { id: outcome.record.id, warnings: outcome.record.warnings } } : outcome),
    );
    report(outcome);
  }
  return run.outcomes;
}

async function ingestOne(file: string, run: Run): Promise<ReportedOutcome> {
  const bytes = new Uint8Array(await readFile(file));
  const text = await letterText(file, bytes);
  const letter = await firstReading(file, bytes, text, run);
  const input: Input = { file, bytes, text, letter };
  const same = run.lookup.text(letter.record.textSha256);
  if (same?.withdrawn) throw new LetterError(`this is letter ${same.id}, withdrawn on ${same.withdrawnOn}: not ingested again`);
  const holder = same ?? run.lookup.doc(letter.record.docNumber);
  const copy = runCopy(input, run.outcomes.length);
  if (holder?.run) return joinLetter(input, copy, holder, run, writeLetter);
  if (same) return run.options.set ? correctLetter(file, same, run) : archivedCopy(input, same, run);
  return writeLetter(input, copy, holder, run);
}

/**
 * The letter as the file gives it, with the corrections `--set` gives. A letter whose date cannot
 * be read is looked for in the archive with a stand-in date: archived with the editor's date
 * (`corrections.date`), it is read with that date again.
 */
async function firstReading(file: string, bytes: Uint8Array, text: string, run: Run): Promise<ArchivableLetter> {
  const set = run.options.set;
  try {
    return await archivableLetter(file, bytes, text, set ? { corrections: set } : {});
  } catch (e) {
    if (!(e instanceof LetterError) || set?.date || !/^(date not understood|invalid date)/.test(e.message)) throw e;
    const probe = await archivableLetter(file, bytes, text, { corrections: { ...set, date: '1900-01-01' } }).catch(() => null);
    const known = probe && (run.lookup.text(probe.record.textSha256) ?? run.lookup.doc(probe.record.docNumber));
    const date = known && !known.withdrawn ? keptFields(known).corrections?.date : undefined;
    if (!date) throw e;
    return archivableLetter(file, bytes, text, { corrections: { ...set, date } });
  }
}

function runCopy(input: Input, outcomeAt: number): RunCopy {
  const r = input.letter.record;
  return {
    file: input.file,
    extension: input.letter.extension,
    utf8: input.letter.extension === '.txt' && isUtf8(input.bytes),
    warnings: r.warnings.length,
    removedArtifacts: r.removedArtifacts.length,
    sourceName: r.sourceName,
    textSha256: r.textSha256,
    sourceSha256: r.sourceSha256,
    outcomeAt,
  };
}

/**
 * Writes a new letter, or (`previous`, with `--replace`) the letter that replaces an archived one:
 * the earlier one kept as version N first, its id and folder kept.
 */
async function writeLetter(
  input: Input,
  copy: RunCopy,
  previous: LookupLetter | undefined,
  run: Run,
): Promise<LetterOutcome<ArchivedRecord>> {
  const { record } = input.letter;
  if (previous && !run.options.replace) {
    throw new LetterError(`${previous.id} already holds ${record.docNumber} with other text: use --replace to replace it`);
  }
  const set = run.options.set ?? {};
  const kept: KeptFields = previous ? keptFields(previous) : {};
  const earlier = previous ? await earlierVersion(previous, run) : undefined;
  const id =
    previous?.id ?? freeId(record.id, [sha256(record.docNumber ?? record.textSha256), record.textSha256], (i) => !!run.lookup.id(i));
  claimSet(run, id);
  const corrections = { ...kept.corrections, ...set };
  const keep: KeptFields = {
    id,
    editorLinks: kept.editorLinks,
    corrections: Object.keys(corrections).length ? corrections : undefined,
    versions: earlier ? [...(kept.versions ?? []), earlier.plan.version] : undefined,
  };
  const letter = previous || id !== record.id ? await archivableLetter(input.file, input.bytes, input.text, keep) : input.letter;
  const dir = previous ? dirname(previous.path) : join(run.options.contentDir, 'replies', letter.record.date.slice(0, 4));
  const mdx = join(dir, `${id}.mdx`);
  if (!run.options.dryRun) {
    await applyWrites(dir, {
      write: [
        ...(earlier?.plan.files ?? []),
        { name: letter.record.sourceFile, data: input.bytes },
        { name: `${id}.mdx`, data: letterMdx(letter) },
      ],
      remove: earlier?.plan.copied ?? [],
    });
  }
  const entry = indexEntry(letter, mdx, { chosen: copy, others: [] });
  if (previous) run.lookup.replace(previous, entry);
  else run.lookup.add(entry);
  remember(run, input.file, letter);
  return letterOutcome(letter, input.file, mdx, run, {
    action: previous ? 'replaced' : 'ingested',
    ...(Object.keys(set).length ? { corrections: Object.keys(set) } : {}),
    ...(kept.corrections ? { keptCorrections: Object.keys(kept.corrections) } : {}),
    ...(earlier
      ? {
          replaced: {
            changes: recordChanges(earlier, { record: letter.record, body: `\n${letter.body}` }),
            version: earlier.plan.version.version,
          },
        }
      : {}),
  });
}

/** The archived letter `previous` as it stands (record and MDX body), and the plan to keep it as a version. */
async function earlierVersion(previous: LookupLetter, run: Run): Promise<{ record: ArchivedRecord; body: string; plan: VersionPlan }> {
  const split = splitMdx(await currentMdx(previous, run));
  const checked = archivedRecordSchema.safeParse(split?.frontmatter);
  if (!split || !checked.success) throw new LetterError(`${previous.path}: not a letter ingest wrote, so it cannot be kept as a version`);
  const record = checked.data;
  const bytesOf = (name: string) => keptFileBytes(previous, name);
  const original = { name: record.sourceFile, bytes: await bytesOf(record.sourceFile) };
  const others = [];
  for (const o of record.otherSources ?? []) others.push({ name: o.sourceFile, bytes: await bytesOf(o.sourceFile) });
  return { record, body: split.body, plan: keptVersion(record, original, others, run.options.today) };
}

/** The MDX text of a letter: its file, or for a letter of a dry run, what it would be. */
async function currentMdx(letter: LookupLetter, run: Run): Promise<string> {
  if (!letter.run || !run.options.dryRun) return readFile(letter.path, 'utf8');
  return letterMdx(await chosenLetter(letter, run));
}

/** The bytes of a file kept beside a letter; for a letter of this run, its input file's. */
async function keptFileBytes(letter: LookupLetter, name: string): Promise<Uint8Array> {
  const copy = letter.run && [letter.run.chosen, ...letter.run.others].find((c) => name === `${letter.id}.source${c.extension}`);
  if (copy) return new Uint8Array(await readFile(copy.file));
  return keptBytes(dirname(letter.path), name, letter.path);
}

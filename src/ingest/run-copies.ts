/**
 * A file of a letter this run already wrote (same text digest or same 文号): the letter's text
 * comes from the best copy (letter-copies.ts). A better copy rewrites the letter, the earlier one
 * becoming another format (a different extension) or a duplicate (the same); a worse one is kept
 * beside it as another format, or is a duplicate of the copy in its format. A copy in a format the
 * letter has, with other text, is refused unless `--replace`, which replaces the letter.
 */
import { basename, dirname, join } from 'node:path';
import { archivableLetter, letterMdx, withOtherSources } from './archive-letter.ts';
import { keptFields } from './content-index.ts';
import { compareCopies } from './letter-copies.ts';
import { applyWrites } from './letter-writes.ts';
import { chosenLetter, indexEntry, letterOutcome, otherSourcesOf, remember, type Input, type Run } from './run-letter.ts';
import type { LookupLetter, RunCopy } from './letter-lookup.ts';
import type { LetterOutcome, OtherFormatOutcome, ReportedOutcome } from './ingest-outcome.ts';
import type { ArchivedRecord } from '../record/record-schema.ts';

/** Writes a letter over `previous` (a replacement), as ingest-run.ts does. */
export type WriteLetter = (
  input: Input,
  copy: RunCopy,
  previous: LookupLetter | undefined,
  run: Run,
) => Promise<LetterOutcome<ArchivedRecord>>;

/** The outcome of `input`, a copy of `letter`, a letter of this run. */
export async function joinLetter(
  input: Input,
  copy: RunCopy,
  letter: LookupLetter,
  run: Run,
  writeLetter: WriteLetter,
): Promise<ReportedOutcome> {
  const { chosen, others } = letter.run!;
  const member = [chosen, ...others].find((m) => m.extension === copy.extension);
  if (member && member.textSha256 !== copy.textSha256 && copy.textSha256 !== chosen.textSha256) {
    return writeLetter(input, copy, letter, run);
  }
  if (member && compareCopies(copy, member, false) >= 0)
    return { file: input.file, duplicateOf: letter.id, duplicateOfFile: member.sourceName };
  if (member === chosen) return takeOver(input, copy, letter, run, 'duplicate');
  if (!member && compareCopies(copy, chosen) < 0) return takeOver(input, copy, letter, run, 'other format');
  return addOther(input, copy, letter, run, member);
}

/** The better copy becomes the letter's text; the earlier one an other format or a duplicate. */
async function takeOver(
  input: Input,
  copy: RunCopy,
  entry: LookupLetter,
  run: Run,
  became: 'other format' | 'duplicate',
): Promise<LetterOutcome<ArchivedRecord>> {
  const old = entry.run!.chosen;
  const others = became === 'other format' ? [...entry.run!.others, old] : entry.run!.others;
  const letter = await archivableLetter(input.file, input.bytes, input.text, {
    ...keptFields(entry),
    otherSources: otherSourcesOf(entry.id, others),
  });
  const dir = dirname(entry.path);
  if (!run.options.dryRun) {
    const write = [
      { name: letter.record.sourceFile, data: input.bytes },
      { name: basename(entry.path), data: letterMdx(letter) },
    ];
    await applyWrites(dir, { write, remove: [] });
  }
  run.lookup.replace(entry, indexEntry(letter, entry.path, { chosen: copy, others }));
  remember(run, input.file, letter);
  const earlier = run.outcomes[old.outcomeAt] as LetterOutcome;
  run.outcomes[old.outcomeAt] =
    became === 'other format'
      ? otherFormat(old, entry.id, copy.sourceName, join(dir, `${entry.id}.source${old.extension}`), run)
      : { file: old.file, duplicateOf: entry.id, duplicateOfFile: copy.sourceName };
  const { action, corrections, keptCorrections, replaced } = earlier;
  return letterOutcome(letter, input.file, entry.path, run, {
    action,
    ...(corrections ? { corrections } : {}),
    ...(keptCorrections ? { keptCorrections } : {}),
    ...(replaced ? { replaced } : {}),
    inPlaceOf: { file: old.file, became },
  });
}

/** A copy kept beside the letter as another format (in place of `replacing`, a worse copy in its format). */
async function addOther(input: Input, copy: RunCopy, entry: LookupLetter, run: Run, replacing?: RunCopy): Promise<OtherFormatOutcome> {
  const { chosen } = entry.run!;
  const others = replacing ? entry.run!.others.map((o) => (o === replacing ? copy : o)) : [...entry.run!.others, copy];
  const letter = withOtherSources(await chosenLetter(entry, run), otherSourcesOf(entry.id, others));
  const dir = dirname(entry.path);
  const name = `${entry.id}.source${copy.extension}`;
  if (!run.options.dryRun) {
    const write = [
      { name, data: input.bytes },
      { name: basename(entry.path), data: letterMdx(letter) },
    ];
    await applyWrites(dir, { write, remove: [] });
  }
  run.lookup.replace(entry, indexEntry(letter, entry.path, { chosen, others }));
  remember(run, chosen.file, letter);
  if (replacing) run.outcomes[replacing.outcomeAt] = { file: replacing.file, duplicateOf: entry.id, duplicateOfFile: copy.sourceName };
  return otherFormat(copy, entry.id, chosen.sourceName, join(dir, name), run);
}

function otherFormat(copy: RunCopy, id: string, of: string, kept: string, run: Run): OtherFormatOutcome {
  return { file: copy.file, otherFormatOf: id, otherFormatOfFile: of, kept, ...(run.options.dryRun ? { dryRun: true as const } : {}) };
}

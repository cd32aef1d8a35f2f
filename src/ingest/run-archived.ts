/**
 * A file whose text a letter archived before the run already holds: another format of it (kept
 * beside it, the letter's text as it was), its duplicate (a format the letter has), or with
 * `--set` the letter corrected in place (its MDX written again from its kept original with the new
 * corrections).
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LetterError } from './letter-error.ts';
import { letterText } from './read-letter.ts';
import { archivableLetter, letterMdx, withOtherSources } from './archive-letter.ts';
import { keptFields, splitMdx } from './content-index.ts';
import { applyWrites, keptBytes } from './letter-writes.ts';
import { describeCorrections } from './set-option.ts';
import { claimSet, indexEntry, letterOutcome, type Input, type Run } from './run-letter.ts';
import { correctedRecord } from '../record/corrections.ts';
import { canonicalJson } from '../record/written-digest.ts';
import { archivedRecordSchema, type ArchivedRecord } from '../record/record-schema.ts';
import type { LookupLetter } from './letter-lookup.ts';
import type { DuplicateOutcome, LetterOutcome, OtherFormatOutcome } from './ingest-outcome.ts';

/** `--set` on a letter already archived with the same text: its corrections replaced field by field. */
export async function correctLetter(file: string, same: LookupLetter, run: Run): Promise<LetterOutcome<ArchivedRecord>> {
  claimSet(run, same.id);
  const kept = keptFields(same);
  const set = run.options.set!;
  const corrections = { ...kept.corrections, ...set };
  const front = splitMdx(await readFile(same.path, 'utf8'))?.frontmatter;
  const before = archivedRecordSchema.safeParse(front);
  if (!before.success) throw new LetterError(`${same.path}: not a letter ingest wrote, so it cannot be corrected`);
  const bytes = await keptBytes(dirname(same.path), same.sourceFile, same.path);
  const letter = await archivableLetter(same.sourceName, bytes, await letterText(same.sourceName, bytes), { ...kept, corrections });
  const unchanged = canonicalJson(corrections) === canonicalJson(kept.corrections ?? {});
  if (!run.options.dryRun && !unchanged)
    await applyWrites(dirname(same.path), { write: [{ name: `${same.id}.mdx`, data: letterMdx(letter) }], remove: [] });
  run.lookup.replace(same, { ...indexEntry(letter, same.path), sourceName: same.sourceName });
  return letterOutcome(letter, file, same.path, run, {
    action: 'corrected',
    corrected: unchanged ? '' : describeCorrections(correctedRecord(before.data), set),
    written: run.options.dryRun || unchanged ? undefined : same.path,
  });
}

export function duplicateOf(file: string, same: LookupLetter): DuplicateOutcome {
  const fields = Object.keys(keptFields(same).corrections ?? {});
  return { file, duplicateOf: same.id, duplicateOfFile: same.sourceName, ...(fields.length ? { keptCorrections: fields } : {}) };
}

/**
 * A file holding the text of `same`, archived before the run, in a format it does not have: kept
 * beside it as another format. The letter's text stays the one it was archived from (a later
 * copy never changes what was published; `--replace` does). In a format it has: a duplicate.
 */
export async function archivedCopy(input: Input, same: LookupLetter, run: Run): Promise<OtherFormatOutcome | DuplicateOutcome> {
  const kept = keptFields(same);
  const extension = input.letter.extension;
  const formats = [same.sourceFile, ...(kept.otherSources ?? []).map((o) => o.sourceFile)];
  if (formats.some((f) => f.toLowerCase().endsWith(`.source${extension}`))) return duplicateOf(input.file, same);
  const dir = dirname(same.path);
  const bytes = await keptBytes(dir, same.sourceFile, same.path);
  const letter = await archivableLetter(same.sourceName, bytes, await letterText(same.sourceName, bytes), kept);
  const name = `${same.id}.source${extension}`;
  const added = { sourceFile: name, sourceName: input.letter.record.sourceName, sourceSha256: input.letter.record.sourceSha256 };
  const otherSources = [...(kept.otherSources ?? []), added].sort((a, b) => a.sourceFile.localeCompare(b.sourceFile));
  const next = withOtherSources(letter, otherSources);
  if (!run.options.dryRun) {
    await applyWrites(dir, {
      write: [
        { name, data: input.bytes },
        { name: `${same.id}.mdx`, data: letterMdx(next) },
      ],
      remove: [],
    });
  }
  run.lookup.replace(same, { ...indexEntry(next, same.path), sourceName: same.sourceName });
  return {
    file: input.file,
    otherFormatOf: same.id,
    otherFormatOfFile: same.sourceName,
    kept: join(dir, name),
    ...(run.options.dryRun ? { dryRun: true as const } : {}),
  };
}

/**
 * A file whose text a letter archived before the run already holds: its duplicate, or with `--set`
 * the letter corrected in place (its MDX written again from its kept original with the new
 * corrections).
 */
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LetterError } from './letter-error.ts';
import { letterText } from './read-letter.ts';
import { archivableLetter, letterMdx } from './archive-letter.ts';
import { keptFields, splitMdx } from './content-index.ts';
import { applyWrites, keptBytes } from './letter-writes.ts';
import { describeCorrections } from './set-option.ts';
import { claimSet, indexEntry, letterOutcome, type Run } from './run-letter.ts';
import { correctedRecord } from '../record/corrections.ts';
import { canonicalJson } from '../record/written-digest.ts';
import { archivedRecordSchema, type ArchivedRecord } from '../record/record-schema.ts';
import type { LookupLetter } from './letter-lookup.ts';
import type { DuplicateOutcome, LetterOutcome } from './ingest-outcome.ts';

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

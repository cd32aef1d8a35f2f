/**
 * One letter file → everything the archive keeps of it: the archived record and the MDX text,
 * checked against the schema and against the letter's own text. Pure apart from hashing.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import { parseLetter } from './parse-letter.ts';
import { renderBody, renderMdx } from './render-mdx.ts';
import { checkNothingLost } from './text-check.ts';
import { LetterError } from './letter-error.ts';
import { baseId } from './letter-id.ts';
import { archivedRecordSchema, type ArchivedRecord, type OtherSource } from '../record/record-schema.ts';
import { writtenDigest } from '../record/written-digest.ts';

export interface ArchivableLetter {
  record: ArchivedRecord;
  /** The MDX body (render-mdx.ts `renderBody` of the letter's layout), rendered once: checked, sealed and written. */
  body: string;
  /** The source file's extension, `.txt`, kept for the copy beside the MDX file. */
  extension: string;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What an archived letter carries over when its file is ingested again: kept as they are. */
export type KeptFields = Partial<Pick<ArchivedRecord, 'id' | 'editorLinks' | 'corrections' | 'versions' | 'otherSources' | 'withdrawn'>>;

/**
 * Parses and checks a letter. `keep` carries what an archived version already has: its id, the
 * editor's cross-links (which must still point from measures the letter has) and corrections,
 * its earlier versions, its other formats and its withdrawal. A corrected `date` is the signing
 * date only where the letter's own cannot be read (parse-letter.ts).
 */
export async function archivableLetter(name: string, bytes: Uint8Array, text: string, keep: KeptFields = {}): Promise<ArchivableLetter> {
  const id = keep.id;
  const parsed = parseLetter(text, { date: keep.corrections?.date });
  const body = renderBody(parsed.layout);
  const lost = await checkNothingLost(body, parsed.paragraphs);
  if (lost) throw new LetterError(`internal error: the MDX body would not keep the letter's text (${lost})`);
  const textSha256 = sha256(parsed.paragraphs.join('').replace(/[\s\u3000]+/g, ''));
  const sourceSha256 = sha256(bytes);
  const extension = extname(name).toLowerCase();
  const theId = id ?? baseId(parsed.record, textSha256);
  const fields = {
    id: theId,
    ...parsed.record,
    sourceFile: `${theId}.source${extension}`,
    sourceName: name.split(/[\\/]/).pop(),
    sourceSha256,
    textSha256,
    removedArtifacts: parsed.removedArtifacts,
    warnings: parsed.warnings,
    otherSources: keep.otherSources,
    versions: keep.versions,
    editorLinks: keep.editorLinks,
    corrections: keep.corrections,
    withdrawn: keep.withdrawn,
  };
  const record = sealed(fields, body);
  if (keep.editorLinks) checkEditorLinks(record);
  return { record, body, extension };
}

/** The letter with `otherSources` as its other formats: what `archivableLetter` gives with them kept. */
export function withOtherSources(letter: ArchivableLetter, otherSources: OtherSource[] | undefined): ArchivableLetter {
  const { writtenSha256, ...fields } = letter.record;
  return { ...letter, record: sealed({ ...fields, otherSources }, letter.body) };
}

/** The record checked by the schema, with the digest of what ingest writes of it. */
function sealed(fields: Record<string, unknown>, body: string): ArchivedRecord {
  // The digest is of the record as its file holds it: the schema's output, before the digest itself is in it.
  const unsealed = archivedRecordSchema.omit({ writtenSha256: true }).parse(fields);
  return archivedRecordSchema.parse({ ...unsealed, writtenSha256: writtenDigest(unsealed, `\n${body}`) });
}

function checkEditorLinks(record: ArchivedRecord): void {
  const anchors = new Set([...record.sections.flatMap((s) => s.measures.map((m) => m.anchor)), ...record.nextSteps.map((n) => n.anchor)]);
  const { add, remove } = record.editorLinks!;
  const lost = [...add, ...remove].find((l) => !anchors.has(l.from));
  if (lost) {
    throw new LetterError(
      `editorLinks of ${record.id} start at ${lost.from}, which the new text no longer has: move or delete that link first`,
    );
  }
}

/** The MDX file for a letter. */
export function letterMdx(letter: ArchivableLetter): string {
  return renderMdx(letter.record, letter.body);
}

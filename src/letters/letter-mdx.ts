/**
 * A letter's MDX file read into what the site keeps of it: its record (the YAML frontmatter,
 * validated by the record schema, sealed by its written digest) and its body's blocks
 * (letter-body.ts). The site's one reader of a letter's MDX, called by the loader. Bad input
 * throws an Error naming the file and, for a record, each field that is wrong. Pure.
 */
import { load } from 'js-yaml';
import { archivedRecordSchema, type ArchivedRecord } from '../record/record-schema.ts';
import { writtenDigest } from '../record/written-digest.ts';
import { parseLetterBody, type BodyNode } from './letter-body.ts';
import { splitFrontmatter } from './frontmatter.ts';

/**
 * The record of the MDX text `source` of the file `file` (named in errors), as its file holds it
 * (corrections not laid over it), checked against the schema and the written digest; and the
 * body's text, not parsed.
 */
export function readLetterRecord(file: string, source: string): { record: ArchivedRecord; bodyText: string } {
  const split = splitFrontmatter(source);
  if (!split) throw new Error(`${file}: no frontmatter (a letter starts with its record between two --- lines)`);
  const { yaml, body } = split;
  let front: unknown;
  try {
    front = load(yaml);
  } catch (e) {
    throw new Error(`${file}: the frontmatter is not YAML: ${(e as Error).message}`);
  }
  const record = archivedRecordSchema.safeParse(front);
  if (!record.success) {
    throw new Error(`${file}: ${record.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`);
  }
  if (writtenDigest(front as Record<string, unknown>, body) !== record.data.writtenSha256) {
    throw new Error(
      `${file}: edited by hand outside editorLinks and corrections, so its record is out of step with the letter's text: ` +
        "put a field's right value in corrections (docs/mdx-format.md); npm run ingest:check lists what differs",
    );
  }
  return { record: record.data, bodyText: body };
}

/** The blocks of the body text `bodyText` of the file `file` (named in errors). */
export function readLetterBody(file: string, bodyText: string): BodyNode[] {
  try {
    return parseLetterBody(bodyText);
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
}

/** The record (as its file holds it) and body of the MDX text `source` of the file `file` (named in errors). */
export function readLetterMdx(file: string, source: string): { record: ArchivedRecord; body: BodyNode[] } {
  const { record, bodyText } = readLetterRecord(file, source);
  return { record, body: readLetterBody(file, bodyText) };
}

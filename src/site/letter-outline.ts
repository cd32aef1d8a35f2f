/**
 * A letter's outline (sections with their measures, next steps) as the loader left it beside the
 * data store (src/site/letters-loader.ts), and the full record it completes. Read once per file;
 * if the file is gone (a cache folder cleared by hand), the MDX's frontmatter is read again.
 */
import { outlineSchema, type ArchivedRecord, type Outline } from '../record/record-schema.ts';
import { sideFile } from './letter-body-file.ts';
import type { Letter } from './letters.ts';

const read = new Map<string, Outline>();

/** The sections and next steps of `letter`. */
export function letterOutline(letter: Letter): Outline {
  const file = letter.data.outlineFile;
  let outline = read.get(file);
  if (!outline) {
    outline = sideFile(letter, file, 'outline', (mdx) => outlineSchema.parse(mdx.frontmatter));
    read.set(file, outline);
  }
  return outline;
}

/** The letter's whole archived record: what the store keeps plus its outline. */
export function letterRecord(letter: Letter): ArchivedRecord {
  const { bodyFile: _body, outlineFile: _outline, ...listed } = letter.data;
  return { ...listed, ...letterOutline(letter) };
}

/**
 * A letter's body blocks as the loader left them (src/site/letters-loader.ts), read when its page
 * is rendered; if the file is gone (a cache folder cleared by hand), the MDX is parsed again.
 */
import fs from 'node:fs';
import { splitMdx } from '../ingest/content-index.ts';
import { parseLetterBody, type BodyNode } from './letter-body.ts';
import type { Letter } from './letters.ts';

/** The blocks of `letter`'s body. */
export function letterBody(letter: Letter): BodyNode[] {
  const file = letter.data.bodyFile;
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as BodyNode[];
  const mdx = letter.filePath ? splitMdx(fs.readFileSync(letter.filePath, 'utf8')) : null;
  if (!mdx) throw new Error(`${letter.filePath ?? letter.id}: body not found`);
  return parseLetterBody(mdx.body);
}

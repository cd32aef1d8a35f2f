/**
 * What the loader keeps of a letter beside the data store (src/site/letters-loader.ts): its body
 * blocks, read when its page is rendered, and in general any such side file. If the file is gone
 * (a cache folder cleared by hand), the letter's MDX is read again.
 */
import fs from 'node:fs';
import { splitMdx } from '../ingest/content-index.ts';
import { parseLetterBody, type BodyNode } from './letter-body.ts';
import type { Letter } from './letters.ts';

type Mdx = NonNullable<ReturnType<typeof splitMdx>>;

/** The JSON the loader wrote to `file` for `letter`, or, if the file is gone, `fromMdx` of its MDX; `what` names it in errors. */
export function sideFile<T>(letter: Letter, file: string, what: string, fromMdx: (mdx: Mdx) => T): T {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  const mdx = letter.filePath ? splitMdx(fs.readFileSync(letter.filePath, 'utf8')) : null;
  if (!mdx) throw new Error(`${letter.filePath ?? letter.id}: ${what} not found`);
  return fromMdx(mdx);
}

/** The blocks of `letter`'s body. */
export function letterBody(letter: Letter): BodyNode[] {
  return sideFile(letter, letter.data.bodyFile, 'body', (mdx) => parseLetterBody(mdx.body));
}

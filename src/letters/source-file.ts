/**
 * The kept files of a letter, beside its MDX file: its originals (`sourceFile`, `otherSources`),
 * its earlier versions' originals and records: where they are, their sizes, and for `.txt` their
 * decoded text — for the page's view of the original and the view copy a browser opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../ingest/decode-text.ts';
import type { Letter } from './letter.ts';
import { extOf } from './published-files.ts';

/** Absolute path of the kept file `kept` (a name from the record) of the letter. */
export function keptPath(letter: Pick<Letter, 'filePath'>, kept: string): string {
  return path.join(path.dirname(path.resolve(letter.filePath)), kept);
}

/** Absolute path of the letter's kept original. */
export function sourcePath(letter: Letter): string {
  return keptPath(letter, letter.data.sourceFile);
}

/** `txt`, `docx` or `pdf`: the extension the original is served with. */
export function sourceExt(letter: Letter): string {
  return extOf(letter.data.sourceFile);
}

/** The size in bytes of the letter's kept file `kept`; throws naming the letter's file if it is missing. */
export function keptSize(letter: Pick<Letter, 'filePath'>, kept: string): number {
  try {
    return fs.statSync(keptPath(letter, kept)).size;
  } catch {
    throw new Error(`${letter.filePath}: its kept file ${kept} is missing`);
  }
}

/** The original's text for a `.txt` original (UTF-8 or GB18030), else null. */
export function sourceText(letter: Letter): string | null {
  if (sourceExt(letter) !== 'txt') return null;
  try {
    return decodeText(fs.readFileSync(sourcePath(letter)));
  } catch {
    return null;
  }
}

/**
 * What a `.txt` original's view copy holds: its text (UTF-8 or GB18030, told apart as ingest does)
 * in UTF-8 after a byte-order mark, which browsers follow whatever charset the server names.
 */
export function viewCopy(bytes: Uint8Array): Buffer {
  return Buffer.from(`\uFEFF${decodeText(bytes)}`, 'utf8');
}

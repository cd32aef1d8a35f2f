/**
 * The kept original of a letter (`sourceFile`, beside its MDX file): where it is, its extension,
 * its bytes, and for `.txt` its decoded text for the page's view of the original.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../ingest/decode-text.ts';
import type { Letter } from './letter.ts';

/** Absolute path of the letter's kept original. */
export function sourcePath(letter: Letter): string {
  return path.join(path.dirname(path.resolve(letter.filePath)), letter.data.sourceFile);
}

/** `txt`, `docx` or `pdf`: the extension the download is served with. */
export function sourceExt(letter: Letter): string {
  return path.extname(letter.data.sourceFile).slice(1).toLowerCase() || 'bin';
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

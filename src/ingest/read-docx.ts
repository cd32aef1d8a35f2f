import mammoth from 'mammoth';
import { LetterError } from './letter-error.ts';

/**
 * The text of a Word (.docx) letter: mammoth's raw text, one paragraph per
 * line in document order. Runs inside a paragraph are joined by mammoth, so
 * formatting changes mid-word lose nothing; an empty paragraph stays a blank
 * line. Headers and footers are not part of it. Throws `LetterError` when the
 * bytes are not a readable .docx.
 */
export async function docxToText(bytes: Uint8Array): Promise<string> {
  let raw: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new LetterError(`unreadable DOCX: ${reason}`);
  }
  // mammoth ends every paragraph with "\n\n"; one "\n" per paragraph is the contract.
  return raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n');
}

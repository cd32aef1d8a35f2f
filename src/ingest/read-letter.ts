/** A letter file's bytes → its text, by the file's extension. */
import { extname } from 'node:path';
import { LetterError } from './letter-error.ts';
import { decodeText } from './decode-text.ts';

/** The extensions ingest reads. */
export const LETTER_EXTENSIONS = ['.txt', '.docx', '.pdf'];

/** Extracts the text of a `.txt`, `.docx` or `.pdf` letter; throws LetterError for anything else. */
export async function letterText(name: string, bytes: Uint8Array): Promise<string> {
  const ext = extname(name).toLowerCase();
  if (ext === '.txt') return decodeText(bytes);
  if (bytes.length === 0) throw new LetterError('empty input: file has no content');
  if (ext === '.docx') return (await import('./read-docx.ts')).docxToText(bytes);
  if (ext === '.pdf') return (await import('./read-pdf.ts')).pdfToText(bytes);
  throw new LetterError(`unsupported file type “${ext || name}”: ingest reads ${LETTER_EXTENSIONS.join(', ')}`);
}

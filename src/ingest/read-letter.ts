/** A letter file's bytes → its text, by the file's extension. */
import { extname } from 'node:path';
import { LetterError } from './letter-error.ts';
import { decodeText } from './decode-text.ts';

/** The extensions ingest reads. */
export const LETTER_EXTENSIONS = ['.txt', '.docx', '.pdf'];

const SOFFICE = 'soffice --headless --convert-to docx FILE';

/** Formats a letter comes in that ingest does not read, each with how to convert it: refused with that advice, never skipped. */
export const CONVERT_FIRST: Readonly<Record<string, string>> = {
  '.doc': `.doc is the old Word format: convert it with LibreOffice (${SOFFICE}) and ingest the .docx`,
  '.wps': `.wps is the WPS Writer format: save it as .docx in WPS, or convert it with LibreOffice (${SOFFICE}), and ingest the .docx`,
};

/** Whether ingest takes a file of this name from a folder: a letter it reads, or one it refuses with how to convert it. */
export function isLetterFile(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return LETTER_EXTENSIONS.includes(ext) || Object.hasOwn(CONVERT_FIRST, ext);
}

/** Extracts the text of a `.txt`, `.docx` or `.pdf` letter; throws LetterError for anything else. */
export async function letterText(name: string, bytes: Uint8Array): Promise<string> {
  const ext = extname(name).toLowerCase();
  if (Object.hasOwn(CONVERT_FIRST, ext)) throw new LetterError(CONVERT_FIRST[ext]);
  if (ext === '.txt') return decodeText(bytes);
  if (bytes.length === 0) throw new LetterError('empty input: file has no content');
  if (ext === '.docx') return (await import('./read-docx.ts')).docxToText(bytes);
  if (ext === '.pdf') return (await import('./read-pdf.ts')).pdfToText(bytes);
  throw new LetterError(`unsupported file type “${ext || name}”: ingest reads ${LETTER_EXTENSIONS.join(', ')}`);
}

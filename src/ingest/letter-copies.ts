/**
 * Several files of one letter in one run (`x.txt`, `x.gb18030.txt`, `x.docx`, `x.pdf`, a clerk's
 * `x-corrected.txt`): which copy the letter's text comes from. The best copy is the one with the
 * fewest warnings and removed page artifacts (a clean text over one damaged by PDF extraction),
 * then by format (UTF-8 `.txt`, `.docx`, GB18030 `.txt`, `.pdf`), then by name. Pure.
 */

export interface CopyQuality {
  /** The input file's path. */
  file: string;
  /** `.txt`, `.docx`, `.pdf`. */
  extension: string;
  /** For a `.txt`: whether its bytes are UTF-8 (else GB18030). */
  utf8: boolean;
  warnings: number;
  removedArtifacts: number;
}

const FORMAT_ORDER = ['utf8.txt', '.docx', 'gb18030.txt', '.pdf'];

/** The rank of a copy's format: 0 for UTF-8 `.txt`, up to 3 for `.pdf` (and 4 for any other). */
export function formatRank(copy: Pick<CopyQuality, 'extension' | 'utf8'>): number {
  const format = copy.extension === '.txt' ? (copy.utf8 ? 'utf8.txt' : 'gb18030.txt') : copy.extension;
  const rank = FORMAT_ORDER.indexOf(format);
  return rank < 0 ? FORMAT_ORDER.length : rank;
}

/**
 * Negative when `a` is the better copy, positive when `b` is. `byName` false leaves two copies
 * equal in damage and format equal (0): of two such copies with the same text, the first ingested
 * stays and the other is its duplicate.
 */
export function compareCopies(a: CopyQuality, b: CopyQuality, byName = true): number {
  const damage = (c: CopyQuality) => c.warnings + c.removedArtifacts;
  const name = (c: CopyQuality) => c.file.split(/[\\/]/).pop()!;
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return damage(a) - damage(b) || formatRank(a) - formatRank(b) || (byName ? order(name(a), name(b)) || order(a.file, b.file) : 0);
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes are valid UTF-8 (how decode-text.ts tells a UTF-8 `.txt` from a GB18030 one). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8Decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

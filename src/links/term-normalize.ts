/**
 * Term identity: two spellings of a term that differ only in white space or character width
 * (`科技新政 30 条`, `科技新政30条`, `科技新政３０条`) are one term with one key and one slug,
 * while each letter keeps displaying its own spelling. Pure; build time only (node:crypto).
 */
import { createHash } from 'node:crypto';

// Full-width ASCII variants U+FF01..U+FF5E sit exactly 0xFEE0 above their ASCII forms.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const SPACE = /[\s\u3000\u00A0\u200B\uFEFF]+/g;
// Most terms have nothing to fold: one test instead of two replacements (every term of every item passes here).
const FOLDABLE = /[\s\u3000\u00A0\u200B\uFEFF\uFF01-\uFF5E]/;

/**
 * The term's key: white space (incl. U+3000, NBSP, zero-width) removed, full-width digits,
 * Latin letters and ASCII punctuation (（）, ，, ＋ …) folded to half-width, NFC. Case is kept:
 * `PVC` and `pvc` stay two terms. CJK punctuation without an ASCII twin (《》“”、—) is kept.
 */
export function normalizeTerm(term: string): string {
  const nfc = term.normalize('NFC');
  if (!FOLDABLE.test(nfc)) return nfc;
  return nfc.replace(SPACE, '').replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The term as the letter prints it, only white space removed (NFC), as the record's `terms` hold it. */
export function termDisplay(term: string): string {
  const nfc = term.normalize('NFC');
  return FOLDABLE.test(nfc) ? nfc.replace(SPACE, '') : nfc;
}

/**
 * A short, stable ASCII slug for a term key: the first `length` (default 10) lowercase hex
 * characters of the SHA-256 of the key's UTF-8 bytes. Same key → same slug on every build.
 */
export function termSlug(key: string, length = 10): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, length);
}

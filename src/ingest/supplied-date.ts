/**
 * A letter's tail where its signing date may come from the editor (`--set date=…`, kept as
 * `corrections.date`): the letter's own date wherever ingest reads one, the editor's only where it
 * does not. Pure.
 */
import { LetterError } from './letter-error.ts';
import { dateLikeLine, dateStart } from './letter-dates.ts';
import { parseTail, type Tail } from './parse-tail.ts';

/**
 * The tail of the parse views `texts` after `from`, null when the letter has no signing date. With
 * `supplied` (ISO) and no readable signing date (none read, or one the calendar does not have), the
 * line that looks like the date is read as that date and `warning` says so; without it, as
 * `parseTail` reads the letter.
 */
export function tailWithDate(texts: string[], from: number, supplied?: string): { tail: Tail | null; warning?: string } {
  try {
    const tail = parseTail(texts, from);
    if (tail || !supplied) return { tail };
  } catch (e) {
    if (!supplied || !(e instanceof LetterError) || !e.message.startsWith('invalid date')) throw e;
  }
  const at = dateLikeLine(texts, from);
  if (at < 0) return { tail: null };
  const line = texts[at];
  // The unit printed before the date on the same line stays, so that the signature is read as printed.
  const read = texts.map((t, i) => (i === at ? line.slice(0, dateStart(line)) + printedDate(supplied) : t));
  const tail = parseTail(read, from);
  if (!tail || tail.dateAt !== at) return { tail: null };
  return { tail, warning: DATE_FROM_EDITOR };
}

/** The warning a letter dated by the editor carries. */
export const DATE_FROM_EDITOR = 'date not read from the letter: given by the editor in corrections.date';

/** `2025-09-12` → `2025年9月12日`, the form the tail reads. */
function printedDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

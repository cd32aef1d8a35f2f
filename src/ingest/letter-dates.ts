/** Printed dates → ISO dates, refusing dates the calendar does not have. Pure. */
import { parseCount, parseYear } from './chinese-numerals.ts';
import { LetterError } from './letter-error.ts';
import { fold } from './parse-view.ts';

/**
 * `2025 年 9 月 3 日`, `２０２５年９月３日`, `2024年07月15日`, `二〇二五年九月三日`, `二○二五年`,
 * `2 0 2 5 年`, `2025.9.3`, `2025-09-03` → `2025-09-03`; throws for 2月30日.
 */
export function toIsoDate(printed: string): string {
  const t = fold(printed).replace(/\s+/g, '');
  const m = /^(.+?)年(.+?)月(.+?)[日号]$/.exec(t) ?? /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/.exec(t);
  const [y, mo, d] = m ? [parseYear(m[1]), parseCount(m[2]), parseCount(m[3])] : [null, null, null];
  if (y === null || mo === null || d === null) throw new LetterError(`invalid date: ${printed} is not a date`);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new LetterError(`invalid date: ${printed} does not exist`);
  }
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A short line near the end that tries to be a date (`2025年九月`, `2025年13月5日`) but is not read as one. */
const DATE_LIKE = /(?:\d{2,4}|[〇零○O一二三四五六七八九]{2,4})\s?年|\d{4}\s?[.\-/]\s?\d/;

/**
 * For a letter with no signing date: refuses it as cut off, or, where a line near the end looks
 * like a date ingest cannot read, says so and how to supply it.
 */
export function refuseWithoutDate(paragraphs: string[], from: number): never {
  const at = dateLikeLine(paragraphs, from);
  if (at >= 0) throw new LetterError(`date not understood: ${paragraphs[at]}; supply it with --set date=YYYY-MM-DD`);
  throw new LetterError('truncated: no signature/date');
}

/** The index of the last short line among the last ten that looks like a date (not a 印发 line), or -1. */
export function dateLikeLine(paragraphs: string[], from: number): number {
  for (let i = paragraphs.length - 1; i >= Math.max(from, paragraphs.length - 10); i--) {
    const p = paragraphs[i];
    if (p.length <= 50 && DATE_LIKE.test(p) && !/[。,;]/.test(p) && !/印发$/.test(p)) return i;
  }
  return -1;
}

/** Where a line's date starts (the match of the date-like pattern), or -1. */
export function dateStart(line: string): number {
  return DATE_LIKE.exec(line)?.index ?? -1;
}

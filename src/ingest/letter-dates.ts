/** Printed dates → ISO dates, refusing dates the calendar does not have. Pure. */
import { parseCount, parseYear } from './chinese-numerals.ts';
import { LetterError } from './letter-error.ts';

/** `2025 年 9 月 3 日`, `2025年9月3日`, `二〇二五年九月三日` → `2025-09-03`; throws for 2月30日. */
export function toIsoDate(printed: string): string {
  const m = /^(.+?)年(.+?)月(.+?)[日号]$/.exec(printed.replace(/[\s\u3000]+/g, ''));
  const [y, mo, d] = m ? [parseYear(m[1]), parseCount(m[2]), parseCount(m[3])] : [null, null, null];
  if (y === null || mo === null || d === null) throw new LetterError(`invalid date: ${printed} is not a date`);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new LetterError(`invalid date: ${printed} does not exist`);
  }
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

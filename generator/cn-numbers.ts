/**
 * Chinese numerals and date forms used in letters: 届次 (十四届, 五次), signing dates in the three
 * printed styles, and ISO dates for the truth record.
 */

const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1..99 as counted Chinese numerals: 5 → 五, 14 → 十四, 20 → 二十, 31 → 三十一. */
export function cnCount(n: number): string {
  if (n < 1 || n > 99 || !Number.isInteger(n)) throw new RangeError(`cnCount: ${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10),
    ones = n % 10;
  return (tens === 1 ? '' : DIGITS[tens]) + '十' + (ones ? DIGITS[ones] : '');
}

/** A calendar date (month 1–12, day 1–31). */
export type Ymd = { y: number; m: number; d: number };

/** ISO form `2025-09-03`. */
export function isoDate({ y, m, d }: Ymd): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date `days` later (UTC arithmetic, so no time-zone drift). */
export function addDays({ y, m, d }: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Days in a month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Printed date styles: `2025年9月3日`, `2025年09月03日`, `2025 年 9 月 3 日`, `２０２５年９月３日`,
 * `二〇二五年九月三日` (also with ○ or 零 for zero; `chinese` is the 〇 form), `2 0 2 5 年 9 月 3 日`. */
export type DateStyle = 'arabic' | 'zeroPadded' | 'spaced' | 'fullWidth' | 'chinese' | 'chinese〇' | 'chinese○' | 'chinese零' | 'everyChar';

const FULL_WIDTH = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The signing date as printed in the given style. */
export function printDate({ y, m, d }: Ymd, style: DateStyle): string {
  switch (style) {
    case 'spaced':
      return `${y} 年 ${m} 月 ${d} 日`;
    case 'zeroPadded':
      return `${y}年${String(m).padStart(2, '0')}月${String(d).padStart(2, '0')}日`;
    case 'fullWidth':
      return FULL_WIDTH(`${y}年${m}月${d}日`);
    case 'everyChar':
      return [...`${y}年${m}月${d}日`].join(' ');
    case 'chinese':
    case 'chinese〇':
    case 'chinese○':
    case 'chinese零': {
      const zero = style === 'chinese' ? '〇' : style.slice(-1);
      const year = [...String(y)].map((c) => (c === '0' ? zero : DIGITS[Number(c)])).join('');
      return `${year}年${cnCount(m)}月${cnCount(d)}日`;
    }
    default:
      return `${y}年${m}月${d}日`;
  }
}

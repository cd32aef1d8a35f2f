/** Chinese numerals as letters print them (五, 十四, 二十一, 〇 in years). Pure. */

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  '0': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** `十四` → 14, `二十一` → 21, `5` → 5; null when it is not a number. */
export function parseCount(text: string): number | null {
  const t = text.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d+$/.test(t)) return Number(t);
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(t);
  if (!m || t === '') return null;
  if (!m[2]) return m[1] && !m[3] ? DIGITS[m[1]] : null;
  return (m[1] ? DIGITS[m[1]] : 1) * 10 + (m[3] ? DIGITS[m[3]] : 0);
}

/** A year written digit by digit, `二〇二五` → 2025; Arabic passes through. */
export function parseYear(text: string): number | null {
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return Number(t);
  let n = 0;
  for (const ch of t) {
    const d = DIGITS[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return t.length === 4 ? n : null;
}

/** 1 → 一, 14 → 十四: the label form of a session's 届 and 次. */
export function toChineseCount(n: number): string {
  const names = '〇一二三四五六七八九';
  if (n < 10) return names[n];
  if (n < 20) return '十' + (n % 10 ? names[n % 10] : '');
  if (n < 100) return names[Math.floor(n / 10)] + '十' + (n % 10 ? names[n % 10] : '');
  return String(n);
}

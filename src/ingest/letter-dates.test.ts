import { describe, expect, it } from 'vitest';
import { refuseWithoutDate, toIsoDate } from './letter-dates.ts';
import { isDateOnly } from './letter-patterns.ts';
import { viewOf } from './parse-view.ts';

describe('date forms', () => {
  it.each([
    ['Arabic', '2025年9月3日', '2025-09-03'],
    ['zero-padded', '2024年07月15日', '2024-07-15'],
    ['spaced', '2025 年 9 月 3 日', '2025-09-03'],
    ['spaced digits', '2 0 2 5 年 9 月 3 日', '2025-09-03'],
    ['full-width digits', '２０２６年６月３０日', '2026-06-30'],
    ['Chinese numerals with 〇', '二〇二五年六月十八日', '2025-06-18'],
    ['Chinese numerals with ○', '二○二四年十二月三十一日', '2024-12-31'],
    ['Chinese numerals with 零', '二零二五年十一月六日', '2025-11-06'],
    ['Chinese numerals with a space between every character', '二 〇 二 五 年 九 月 三 日', '2025-09-03'],
    ['号 for 日', '2025年9月3号', '2025-09-03'],
    ['figures with dots', '2025.9.3', '2025-09-03'],
    ['figures with hyphens', '2025-09-03', '2025-09-03'],
    ['figures with slashes', '2025/9/3', '2025-09-03'],
    ['leap day', '2024年2月29日', '2024-02-29'],
  ])('%s: %s → %s', (_, printed, iso) => {
    expect(isDateOnly(viewOf(printed).text)).toBe(true);
    expect(toIsoDate(viewOf(printed).text)).toBe(iso);
  });

  it.each([
    ['2025年2月30日', 'invalid date: 2025年2月30日 does not exist'],
    ['二〇二五年二月三十日', 'invalid date: 二〇二五年二月三十日 does not exist'],
    ['2025年13月1日', 'invalid date: 2025年13月1日 does not exist'],
  ])('%s is refused', (printed, why) => expect(() => toIsoDate(printed)).toThrow(why));

  it.each([
    [
      'a date it cannot read',
      ['感谢您的关心。', '某市教育局', '2025年九月'],
      'date not understood: 2025年九月; supply it with --set date=YYYY-MM-DD',
    ],
    ['no closing part at all', ['一、关于', '我局将继续推进，确保'], 'truncated: no signature/date'],
  ])('a letter without a signing date: %s', (_, lines, why) => expect(() => refuseWithoutDate(lines, 0)).toThrow(why));
});

import { describe, expect, it } from 'vitest';
import { DATE_FROM_EDITOR, tailWithDate } from './supplied-date.ts';
import { viewOf } from './parse-view.ts';

const letter = (...tail: string[]) =>
  ['某市教育局关于市政协五届四次会议第0361号提案的答复', '张三委员：', '您的提案收悉。', '感谢您的关心。', ...tail].map(
    (p) => viewOf(p).text,
  );

describe('the signing date, from the letter or the editor', () => {
  it.each([
    ['a date ingest reads, the editor’s unused', letter('某市教育局', '2025年9月3日'), '2025-09-12', '2025-09-03', undefined],
    ['a date it cannot read, the editor’s used', letter('某市教育局', '2025年九月'), '2025-09-12', '2025-09-12', DATE_FROM_EDITOR],
    ['a date the calendar lacks', letter('某市教育局', '2025年2月30日'), '2025-02-28', '2025-02-28', DATE_FROM_EDITOR],
    ['unit and date on one line', letter('某市教育局 2025年九月'), '2025-09-12', '2025-09-12', DATE_FROM_EDITOR],
  ])('%s', (_, texts, supplied, date, warning) => {
    const { tail, warning: w } = tailWithDate(texts, 2, supplied);
    expect(tail?.date).toBe(date);
    expect(tail?.replyingUnit).toBe('某市教育局');
    expect(w).toBe(warning);
  });

  it.each([
    ['no date-like line at all', letter('某市教育局'), '2025-09-12'],
    ['without an editor’s date', letter('某市教育局', '2025年九月'), undefined],
  ])('no tail: %s', (_, texts, supplied) => expect(tailWithDate(texts, 2, supplied).tail).toBeNull());

  it('refuses a date the calendar lacks when the editor gave none', () => {
    expect(() => tailWithDate(letter('某市教育局', '2025年2月30日'), 2)).toThrow('invalid date: 2025年2月30日 does not exist');
  });
});

/** The search page's stand-in for Intl.Segmenter, as Pagefind's query code uses it. */
import { afterAll, describe, expect, it } from 'vitest';
import { plainSegmenter } from '../../src/client/plain-segmenter.ts';

const native = Intl.Segmenter;
afterAll(() => {
  (Intl as { Segmenter: typeof native }).Segmenter = native;
});

describe('plainSegmenter', () => {
  plainSegmenter();
  const parts = (granularity: 'word' | 'grapheme', s: string) => [...new Intl.Segmenter('zh-cn', { granularity }).segment(s)];
  it.each([
    [
      '科技 特派员',
      [
        ['科技', true, 0],
        [' ', false, 2],
        ['特派员', true, 3],
      ],
    ],
    [
      '  0361号 ',
      [
        ['  ', false, 0],
        ['0361号', true, 2],
        [' ', false, 7],
      ],
    ],
    ['', []],
  ] as [string, [string, boolean, number][]][])('words of %j: split at white space only', (s, want) => {
    expect(parts('word', s).map((p) => [p.segment, p.isWordLike, p.index])).toEqual(want);
  });
  it.each([
    ['科技x', ['科', '技', 'x']],
    ['𠀀人', ['𠀀', '人']],
  ])('graphemes of %j: code points', (s, want) => {
    expect(parts('grapheme', s).map((p) => p.segment)).toEqual(want);
  });
  it('is installed once and never wraps the native segmenter', () => {
    const mine = Intl.Segmenter;
    plainSegmenter();
    expect(Intl.Segmenter).toBe(mine);
    expect(Object.getPrototypeOf(mine)).not.toBe(native);
  });
});

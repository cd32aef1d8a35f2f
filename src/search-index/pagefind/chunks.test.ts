import { describe, expect, it } from 'vitest';
import { ChunkCutter, chunkRanges, compareCodePoints } from './chunks.ts';
import type { WordEntry } from './word-chunk.ts';
import { word } from './test-word-entries.ts';

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b', -1],
    ['apple', 'app', 1],
    ['科技', '科技', 0],
    ['科', '揭', 1], // U+79D1 after U+63ED
    // An astral character (UTF-8 F0…) sorts after U+FF01 (EF…), unlike UTF-16 code units.
    ['𠀀', '！', 1],
    ['！', '𠀀', -1],
    ['\uE000', '\uD7FF', 1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareCodePoints(a, b))).toBe(sign);
  });
});

describe('ChunkCutter and chunkRanges (Pagefind’s rule and its own test case)', () => {
  const words = [
    word('apple', [
      [1, [20, 40, 60]],
      [5, [3, 6, 9]],
    ]),
    word('apricot', [[5, [45, 3432, 6003]]]),
    word('banana', [[5, [100, 500, 900, 566]]]),
    word('peach', [[5, [383, 2, 678]]]),
  ];
  // Pagefind's weight of a word: its locations, one more per page.
  const weight = (w: WordEntry) => w.pages.reduce((n, p) => n + p.locations + 1, 0);
  const cut = (size: number) => {
    const cutter = new ChunkCutter(size);
    return words.map((w) => cutter.endsAfter(weight(w)));
  };
  it('ends a chunk once it holds the chunk size in locations (one more per page)', () => {
    expect(cut(8)).toEqual([true, false, true, false]);
    expect(cut(1000)).toEqual([false, false, false, false]);
    expect(cut(1)).toEqual([true, true, true, true]);
  });
  it.each([
    [
      [
        ['apple', 'apple'],
        ['apricot', 'banana'],
        ['peach', 'peach'],
      ],
      [
        ['apple', 'apple'],
        ['apr', 'b'],
        ['p', 'peach'],
      ],
    ],
    [
      [
        ['cat', 'cath'],
        ['cathartic', 'dog'],
      ],
      [
        ['cat', 'cath'],
        ['catha', 'dog'],
      ],
    ],
    [
      [
        ['一', '了解'],
        ['人才', '企业'],
      ],
      [
        ['一', '了'],
        ['人', '企业'],
      ],
    ],
    [[['only', 'one']], [['only', 'one']]],
  ] as [string, string][][][])('%j → %j', (bounds, ranges) => {
    expect(chunkRanges(bounds)).toEqual(ranges);
  });
});

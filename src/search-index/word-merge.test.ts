import { describe, expect, it } from 'vitest';
import { mergeByKey, renumber, toAbsolute, type PageHits, type WordEntry } from './word-merge.ts';
import { word } from './pagefind/test-word-entries.ts';

const pageNumbers = (pages: PageHits[]) => pages.map((p) => p.page);

describe('toAbsolute', () => {
  it('turns stored deltas into page numbers after an offset', () => {
    const stored = () =>
      word(
        '科技',
        [
          [0, [1]],
          [3, [2]],
          [2, [5]],
        ],
        [
          [
            '科技x',
            [
              [1, [1]],
              [4, [2]],
            ],
          ],
        ],
      );
    const absolute = toAbsolute(stored(), 10);
    expect(pageNumbers(absolute.pages)).toEqual([10, 13, 15]);
    expect(pageNumbers(absolute.variants[0].pages)).toEqual([11, 15]);
    expect(pageNumbers(toAbsolute(stored(), 0).pages)).toEqual([0, 3, 5]);
  });
});

describe('mergeByKey', () => {
  const key = (w: WordEntry) => w.word;
  it('groups equal keys in code point order, each group in stream order', () => {
    const a = [word('乙', [[0, [1]]]), word('甲', [[1, [2, 3]]])];
    const b = [word('丁', [[5, [4]]]), word('甲', [[6, [7]]])];
    const merged = [...mergeByKey([a, b], key)];
    expect(merged.map((g) => g.map((x) => [x.item.word, x.stream]))).toEqual([
      [['丁', 1]],
      [['乙', 0]],
      [
        ['甲', 0],
        ['甲', 1],
      ],
    ]);
    expect(merged[2].map((x) => pageNumbers(x.item.pages))).toEqual([[1], [6]]);
  });
  it.each([
    ['a key twice', ['甲', '甲']],
    ['keys out of order', ['甲', '乙']],
  ])('refuses a stream holding %s', (_, keys) => {
    expect(() => [...mergeByKey([keys.map((k) => word(k, [[0, [1]]]))], key)]).toThrow(/stream 0 is not sorted by key, each once/);
  });
  it('reads a stream on only once its group has been taken', () => {
    const read: string[] = [];
    function* stream(keys: string[]) {
      for (const k of keys) {
        read.push(k);
        yield word(k, [[0, [1]]]);
      }
    }
    const groups = mergeByKey([stream(['丁', '乙'])], key);
    groups.next();
    expect(read).toEqual(['丁']);
    groups.next();
    expect(read).toEqual(['丁', '乙']);
  });
  it('takes empty streams and no streams', () => {
    expect([...mergeByKey<WordEntry>([[], []], key)]).toEqual([]);
    expect([...mergeByKey<WordEntry>([], key)]).toEqual([]);
  });
});

describe('renumber', () => {
  it.each([
    [
      'reversed',
      [2, 1, 0],
      [
        [0, [1]],
        [2, [3]],
      ],
      [0, 2],
    ],
    [
      'moved apart',
      [5, 0, 3, 1, 2, 4],
      [
        [0, [1]],
        [1, [2]],
        [3, [4]],
      ],
      [0, 1, 5],
    ],
    ['kept', [0, 1, 2], [[1, [7]]], [1]],
  ] as [string, number[], [number, number[]][], number[]][])('%s', (_, numbers, pages, want) => {
    const w = renumber(word('甲', pages, [['甲x', pages]]), numbers);
    expect(pageNumbers(w.pages)).toEqual(want);
    expect(pageNumbers(w.variants[0].pages)).toEqual(want);
  });
  it('keeps each page’s positions with the page', () => {
    const w = renumber(
      word('甲', [
        [0, [1]],
        [1, [2, 3]],
      ]),
      [1, 0],
    );
    expect(w.pages.map((p) => [p.page, p.locations])).toEqual([
      [0, 2],
      [1, 1],
    ]);
  });
});

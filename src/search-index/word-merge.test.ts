import { describe, expect, it } from 'vitest';
import { chunkRanges, chunkWords, compareCodePoints, mergeWords, renumber, toAbsolute, toDeltas, type PageHits, type WordEntry } from './word-merge.ts';

const hits = ([page, locs]: [number, number[]]): PageHits => ({ page, locations: locs.length, items: 2, raw: new Uint8Array([0x80 + locs.length, ...locs, 0x80]) });
const word = (w: string, pages: [number, number[]][], variants: [string, [number, number[]][]][] = []): WordEntry => ({
  word: w,
  pages: pages.map(hits),
  variants: variants.map(([form, p]) => ({ form, pages: p.map(hits) })),
  tailItems: 0,
  tail: new Uint8Array(),
});
const pageNumbers = (pages: PageHits[]) => pages.map((p) => p.page);

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

describe('toAbsolute and toDeltas', () => {
  it('turn stored deltas into page numbers after an offset, and back', () => {
    const stored = () => word('科技', [[0, [1]], [3, [2]], [2, [5]]], [['科技x', [[1, [1]], [4, [2]]]]]);
    const absolute = toAbsolute(stored(), 10);
    expect(pageNumbers(absolute.pages)).toEqual([10, 13, 15]);
    expect(pageNumbers(absolute.variants[0].pages)).toEqual([11, 15]);
    expect(toDeltas(toAbsolute(stored(), 0))).toEqual(stored());
  });
});

describe('mergeWords', () => {
  it('yields every word once, in code point order, pages joined in stream order', () => {
    const a = [word('乙', [[0, [1]]]), word('甲', [[1, [2, 3]]])];
    const b = [word('丁', [[5, [4]]]), word('甲', [[6, [7]]], [['甲x', [[6, [1]]]]])];
    const merged = [...mergeWords([a, b])];
    expect(merged.map((w) => w.word)).toEqual(['丁', '乙', '甲']);
    expect(pageNumbers(merged[2].pages)).toEqual([1, 6]);
    expect(merged[2].variants.map((v) => [v.form, pageNumbers(v.pages)])).toEqual([['甲x', [6]]]);
  });
  it('takes empty streams and no streams', () => {
    expect([...mergeWords([[], []])]).toEqual([]);
    expect([...mergeWords([])]).toEqual([]);
  });
});

describe('chunkWords and chunkRanges (Pagefind’s rule and its own test case)', () => {
  const words = [
    word('apple', [[1, [20, 40, 60]], [5, [3, 6, 9]]]),
    word('apricot', [[5, [45, 3432, 6003]]]),
    word('banana', [[5, [100, 500, 900, 566]]]),
    word('peach', [[5, [383, 2, 678]]]),
  ];
  it('ends a chunk once it holds the chunk size in locations (one more per page)', () => {
    expect([...chunkWords(words, 8)].map((c) => c.map((w) => w.word))).toEqual([['apple'], ['apricot', 'banana'], ['peach']]);
    expect([...chunkWords(words, 1000)]).toHaveLength(1);
    expect([...chunkWords([], 8)]).toEqual([]);
  });
  it.each([
    [[['apple', 'apple'], ['apricot', 'banana'], ['peach', 'peach']], [['apple', 'apple'], ['apr', 'b'], ['p', 'peach']]],
    [[['cat', 'cath'], ['cathartic', 'dog']], [['cat', 'cath'], ['catha', 'dog']]],
    [[['一', '了解'], ['人才', '企业']], [['一', '了'], ['人', '企业']]],
    [[['only', 'one']], [['only', 'one']]],
  ] as [string, string][][][])('%j → %j', (bounds, ranges) => {
    expect(chunkRanges(bounds)).toEqual(ranges);
  });
});

describe('renumber', () => {
  it.each([
    ['reversed', [2, 1, 0], [[0, [1]], [2, [3]]], [0, 2]],
    ['moved apart', [5, 0, 3, 1, 2, 4], [[0, [1]], [1, [2]], [3, [4]]], [0, 1, 5]],
    ['kept', [0, 1, 2], [[1, [7]]], [1]],
  ] as [string, number[], [number, number[]][], number[]][])('%s', (_, numbers, pages, want) => {
    const w = renumber(word('甲', pages, [['甲x', pages]]), numbers);
    expect(pageNumbers(w.pages)).toEqual(want);
    expect(pageNumbers(w.variants[0].pages)).toEqual(want);
  });
  it('keeps each page’s positions with the page', () => {
    const w = renumber(word('甲', [[0, [1]], [1, [2, 3]]]), [1, 0]);
    expect(w.pages.map((p) => [p.page, p.locations])).toEqual([[0, 2], [1, 1]]);
  });
});

import { describe, expect, it } from 'vitest';
import { planParts, type IndexedPage } from './index-parts.ts';

const page = (sortKey: string, n: number): IndexedPage => ({
  sourcePath: `replies/${sortKey.slice(0, 4)}/${n}/index.html`,
  sortKey,
  digest: String(n),
});
const sizes = (parts: IndexedPage[][]) => parts.map((p) => p.length);

describe('planParts', () => {
  it.each([
    ['one part when all fit', [page('2024-01-01', 1), page('2024-02-01', 2)], 5, [2]],
    ['a part per year, never mixing years', [page('2024-01-01', 1), page('2025-01-01', 2), page('2024-03-01', 3)], 5, [2, 1]],
    [
      'near-equal parts inside a year',
      Array.from({ length: 10 }, (_, i) => page(`2024-01-${String(i + 1).padStart(2, '0')}`, i)),
      4,
      [4, 3, 3],
    ],
    ['one page a part', [page('2024-01-01', 1), page('2024-01-02', 2)], 1, [1, 1]],
    ['nothing to index', [], 3, []],
  ] as [string, IndexedPage[], number, number[]][])('%s', (_, pages, max, expected) => {
    const parts = planParts(pages, max);
    expect(sizes(parts)).toEqual(expected);
    expect(parts.flat()).toHaveLength(pages.length);
  });

  it('keeps sort-key order across parts (then path), so parts can be appended', () => {
    const pages = [page('2025-05-01', 9), page('2024-12-31', 1), page('2025-01-02', 3), page('2025-01-02', 2), page('2025-03-01', 5)];
    const flat = planParts(pages, 2).flat();
    expect(flat.map((p) => p.sortKey)).toEqual(['2024-12-31', '2025-01-02', '2025-01-02', '2025-03-01', '2025-05-01']);
    expect(flat[1].sourcePath < flat[2].sourcePath).toBe(true);
  });

  it('splits 7 pages into parts of at most 3 as 3, 2, 2 and 9 as 3, 3, 3', () => {
    const year = (n: number) => Array.from({ length: n }, (_, i) => page(`2024-02-${String(i + 1).padStart(2, '0')}`, i));
    expect(sizes(planParts(year(7), 3))).toEqual([3, 2, 2]);
    expect(sizes(planParts(year(9), 3))).toEqual([3, 3, 3]);
  });

  it('refuses a part size below one page', () => {
    expect(() => planParts([page('2024-01-01', 1)], 0)).toThrow(/at least 1 page/);
  });
});

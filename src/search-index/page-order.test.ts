import { describe, expect, it } from 'vitest';
import { newestFirst } from './page-order.ts';

describe('newestFirst', () => {
  it.each([
    ['one part', [[2, 0, 1]], 3, [1, 0, 2]],
    ['two parts, the later one first', [[1, 0], [3, 2]], 4, [2, 3, 0, 1]],
    ['pages without a date go last, in page order', [[3, 1]], 5, [2, 0, 3, 1, 4]],
    ['no sort at all keeps the order', [], 3, [0, 1, 2]],
  ] as [string, number[][], number, number[]][])('%s', (_, lists, total, want) => {
    expect([...newestFirst(lists, total)]).toEqual(want);
  });
  it('refuses a list that names a page twice or one that does not exist', () => {
    expect(() => newestFirst([[0, 0]], 2)).toThrow(/twice or out of range/);
    expect(() => newestFirst([[5]], 2)).toThrow(/twice or out of range/);
  });
});

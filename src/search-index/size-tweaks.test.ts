import { describe, expect, it } from 'vitest';
import { countedName, newestFirst, roundedLength } from './size-tweaks.ts';

describe('newestFirst', () => {
  it.each([
    ['one part', [[2, 0, 1]], 3, [1, 0, 2]],
    [
      'two parts, the later one first',
      [
        [1, 0],
        [3, 2],
      ],
      4,
      [2, 3, 0, 1],
    ],
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

describe('roundedLength', () => {
  it.each([
    [0, 1],
    [1, 1],
    [127, 127],
    [128, 128],
    [129, 130],
    [1808, 1808],
    [1815, 1808],
    [1799, 1792],
    [70000, 69632],
  ])('%i words → %i', (n, want) => {
    expect(roundedLength(n)).toBe(want);
  });
  it('stays within 0.8% of the count', () => {
    for (let n = 1; n < 100000; n += 37) expect(Math.abs(roundedLength(n) - n) / n).toBeLessThanOrEqual(1 / 128);
  });
  it('refuses what is not a count', () => {
    expect(() => roundedLength(-1)).toThrow(/not a word count/);
    expect(() => roundedLength(1.5)).toThrow(/not a word count/);
  });
});

describe('countedName', () => {
  it.each([
    ['3fa9c2e', 0, '3fa9c2e/0'],
    ['3fa9c2e', 35, '3fa9c2e/z'],
    ['3fa9c2e', 36, '3fa9c2e/10'],
  ] as [string, number, string][])('%s, %i → %s', (tag, n, want) => {
    expect(countedName(tag, n)).toBe(want);
  });
});

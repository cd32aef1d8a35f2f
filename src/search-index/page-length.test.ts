import { describe, expect, it } from 'vitest';
import { roundedLength } from './page-length.ts';

describe('roundedLength', () => {
  it.each([
    [0, 1], [1, 1], [127, 127], [128, 128], [129, 130], [1808, 1808], [1815, 1808], [1799, 1792], [70000, 69632],
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

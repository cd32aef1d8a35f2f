/**
 * Build time: `search/common.json`, the CJK bigrams that occur most often in the letters' indexed
 * text, most frequent first. Pagefind stores a word's pages and locations together, so the index
 * chunk of such a bigram grows with the archive; the search picks a query's terms among its other
 * bigrams when it can (src/client/search-query.ts). A fixed number of bigrams: the file does not
 * grow with the archive. The counts are the index's own (how many places each word occurs),
 * gathered while its parts are joined.
 */
import fs from 'node:fs';
import path from 'node:path';

export const COMMON = 200;

const bigram = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}$/u;

/** Counts occurrences of two-character CJK words; `top()` gives the most frequent (ties: code point order). Pure. */
export function bigramCounter(): { add: (word: string, occurrences: number) => void; top: (n?: number) => string[] } {
  const counts = new Map<string, number>();
  return {
    add: (word, occurrences) => {
      if (bigram.test(word)) counts.set(word, (counts.get(word) ?? 0) + occurrences);
    },
    top: (n = COMMON) =>
      [...counts]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, n)
        .map(([b]) => b),
  };
}

/** Writes `search/common.json` (the given bigrams) into the site in `dist`. */
export function writeSearchCommon(dist: string, top: string[]): { bigrams: number; bytes: number } {
  const text = JSON.stringify(top);
  fs.mkdirSync(path.join(dist, 'search'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'search', 'common.json'), text);
  return { bigrams: top.length, bytes: Buffer.byteLength(text) };
}

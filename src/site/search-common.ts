/**
 * Build time: `search/common.json`, the CJK bigrams that occur most often in the letters' indexed
 * text, most frequent first. Pagefind stores a word's pages and locations together, so the index
 * chunk of such a bigram grows with the archive (工作: ~24 KB at 1,000 letters, ~240 KB at
 * 10,000); the search picks a query's terms among its other bigrams when it can
 * (public/scripts/search-query.js). A fixed number of bigrams: the file stays ~1–2 KB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderedText } from './search-text.ts';

export const COMMON = 200;

/** Writes `search/common.json` for the site in `dist`; returns how many letters were read. */
export function writeSearchCommon(dist: string): { letters: number; bigrams: number; bytes: number } {
  const list = JSON.parse(fs.readFileSync(path.join(dist, 'records.json'), 'utf8')) as { page: string }[];
  const counts = new Map<string, number>();
  for (const item of list) {
    const page = item.page.slice(item.page.indexOf('/replies/'));
    const text = renderedText(fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8'));
    for (const run of text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}/gu) ?? []) {
      const chars = [...run];
      for (let i = 0; i + 1 < chars.length; i++) {
        const b = chars[i] + chars[i + 1];
        counts.set(b, (counts.get(b) ?? 0) + 1);
      }
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, COMMON).map(([b]) => b);
  const text = JSON.stringify(top);
  fs.mkdirSync(path.join(dist, 'search'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'search', 'common.json'), text);
  return { letters: list.length, bigrams: top.length, bytes: Buffer.byteLength(text) };
}

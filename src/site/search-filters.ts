/**
 * Build time: the search page's filter options, each value with its number of letters, written
 * into the page so the search need not load Pagefind's whole filter index before the first query
 * (about 13 KB at 1,000 letters, growing with the archive). The values are those each letter's
 * page gives Pagefind (`data-pagefind-filter`, src/pages/replies/[year]/[id]/index.astro):
 * tests/e2e/search.test.ts checks that both agree.
 */
import { kind as kindLabel } from '../i18n/zh-CN.ts';
import { allLetters, letterYear, sessionKey, zhCollator, type Letter } from './letters.ts';

export const filterKeys = ['kind', 'year', 'session', 'unit', 'category'] as const;
export type FilterKey = (typeof filterKeys)[number];

/** A letter's filter values as its page declares them (null: none). */
export function letterFilters(letter: Letter): Record<FilterKey, string | null> {
  const r = letter.data;
  return { year: letterYear(letter), kind: kindLabel[r.kind], session: sessionKey(letter), unit: r.replyingUnit, category: r.category };
}

/** Every value of each filter with how many letters carry it, in zh-CN order. */
export async function filterOptions(): Promise<Record<FilterKey, [string, number][]>> {
  const counts = Object.fromEntries(filterKeys.map((k) => [k, new Map<string, number>()])) as Record<FilterKey, Map<string, number>>;
  for (const letter of await allLetters()) {
    const f = letterFilters(letter);
    for (const k of filterKeys) {
      const v = f[k];
      if (v) counts[k].set(v, (counts[k].get(v) ?? 0) + 1);
    }
  }
  return Object.fromEntries(filterKeys.map((k) => [k, [...counts[k]].sort((a, b) => zhCollator.compare(a[0], b[0]))])) as Record<FilterKey, [string, number][]>;
}

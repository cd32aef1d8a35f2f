/**
 * Build time: the search page's filter options, each value with its number of letters, written
 * into the page so the search need not load Pagefind's whole filter index before the first query
 * (which grows with the archive). A lazy filter's options are written to
 * a file of their own instead (`search/filters/<key>.json`, src/pages/search/filters/[key].json.ts),
 * loaded when its field is first used. The values are those each letter's page gives Pagefind
 * (`data-pagefind-filter`, src/pages/replies/[year]/[id]/index.astro): tests/e2e/search-filters.test.ts
 * checks that both agree.
 */
import { kind as kindLabel } from '~/i18n/zh-CN.ts';
import { allLetters, letterYear, sessionKey, zhCollator, type Letter } from '~/site/letters.ts';

export const filterKeys = ['kind', 'year', 'session', 'unit', 'category'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * Filters offered as a text field with suggestions loaded on first use, not as a <select> written
 * into the page. Chosen by name, not by size, so the fixture site (a dozen units) runs the same
 * code as a large archive: there 答复单位 has thousands of values and 会议届次 hundreds, most of
 * the page's weight, and a <select> that long is poor to use.
 */
export const lazyFilterKeys = ['session', 'unit'] as const satisfies readonly FilterKey[];

/** Whether a filter's options load on first use (see lazyFilterKeys). */
export const isLazyFilter = (k: FilterKey): boolean => (lazyFilterKeys as readonly FilterKey[]).includes(k);

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
  return Object.fromEntries(filterKeys.map((k) => [k, [...counts[k]].sort((a, b) => zhCollator.compare(a[0], b[0]))])) as Record<
    FilterKey,
    [string, number][]
  >;
}

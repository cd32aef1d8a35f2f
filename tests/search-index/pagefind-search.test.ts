/**
 * Pagefind's own search (its pagefind.js and wasm) finds the same letters in the joined index as
 * in the index Pagefind builds of all pages in one run. "The same", given the two differences of
 * the joined index that reach a search (src/search-index/size-tweaks.ts):
 * - the same pages, each with the same data: excerpt, sub-results, meta, filters, locations
 *   (they come from the fragments and word positions, which the join keeps);
 * - scores within 1/64: the rounded word counts (each within 1/128) change a page's length
 *   against the average by at most 1/64, and BM25's length term by no more; so results whose
 *   single-run scores are further apart than twice that come in the same order;
 * - a search by filters alone lists the letters newest first, as the single run lists them
 *   sorted by date, newest first: the joined index numbers its pages so, and has no sort list;
 * - the same filter counts.
 * And the parts do not show: the joined index of many parts and that of the single run give the
 * same results in the same order with the same scores.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeBundles } from '../../src/search-index/bundle-merge.ts';
import { indexLetterSite } from './letter-site.ts';
import { openSearch, type BundleSearch, type Found } from './pagefind-search.ts';

let tmp = '';
let whole: BundleSearch;
let joined: BundleSearch;
let joinedWhole: BundleSearch;

beforeAll(async () => {
  const indexed = await indexLetterSite('pagefind-search-');
  const { one, many } = indexed;
  tmp = indexed.tmp;
  expect(many.dirs.length).toBeGreaterThanOrEqual(4);
  await mergeBundles(many.dirs, path.join(tmp, 'joined'), 2000);
  await mergeBundles(one.dirs, path.join(tmp, 'joined-whole'), 2000);
  whole = await openSearch(one.dirs[0]);
  joined = await openSearch(path.join(tmp, 'joined'));
  joinedWhole = await openSearch(path.join(tmp, 'joined-whole'));
}, 120_000);

afterAll(async () => {
  await Promise.all([whole, joined, joinedWhole].map((s) => s?.close()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const urls = (found: Found[]) => found.map((f) => f.url);
const byUrl = (found: Found[]) => new Map(found.map((f) => [f.url, f]));

const queries: [string, string, Record<string, string>?][] = [
  ['a Chinese word', '科技'],
  ['a Chinese phrase', '科技成果转化'],
  ['Chinese characters of several words', '高校院所'],
  ['a year, as a number', '2024'],
  ['a proposal number', '0046'],
  ['a member’s name', '杨帆'],
  ['a word on many letters', '委员'],
  ['a word and a filter', '科技', { year: '2025' }],
  ['a word and a filter of the other kind', '办理', { kind: '提案' }],
];

describe('Pagefind’s own search over the joined index and over Pagefind’s single run', () => {
  it.each(queries)('%s (%s): the same pages, each with the same data, scores within 1/64', async (_, term, filters) => {
    const a = await whole.search(term, { filters });
    const b = await joined.search(term, { filters });
    expect(a.results.length, term).toBeGreaterThan(0);
    expect(urls(b.results).sort()).toEqual(urls(a.results).sort());
    const joinedPages = byUrl(b.results);
    for (const r of a.results) {
      const other = joinedPages.get(r.url)!;
      expect(other.data, r.url).toEqual(r.data);
      expect(Math.abs(other.score / r.score - 1), r.url).toBeLessThanOrEqual(1 / 64);
    }
    expect({ unfiltered: b.unfilteredResultCount, filters: b.filters, total: b.totalFilters }).toEqual({
      unfiltered: a.unfilteredResultCount,
      filters: a.filters,
      total: a.totalFilters,
    });
  });

  it.each(queries)('%s (%s): results whose scores differ by more than 1/32 come in the same order', async (_, term, filters) => {
    const a = (await whole.search(term, { filters })).results;
    const rank = new Map(urls((await joined.search(term, { filters })).results).map((u, i) => [u, i]));
    const swapped: string[] = [];
    for (let i = 0; i < a.length; i++) {
      for (let j = i + 1; j < a.length; j++) {
        if (a[i].score > a[j].score * (1 + 1 / 32) && rank.get(a[i].url)! > rank.get(a[j].url)!) swapped.push(`${a[i].url} ${a[j].url}`);
      }
    }
    expect(swapped).toEqual([]);
  });

  it.each([
    ['one kind', { kind: '建议' }],
    ['one year', { year: '2024' }],
    ['both', { kind: '提案', year: '2025' }],
  ])('filters alone (%s): the letters newest first, as the single run sorts them by date', async (_, filters) => {
    const a = await whole.search(null, { filters, sort: { date: 'desc' } });
    const b = await joined.search(null, { filters });
    expect(a.results.length).toBeGreaterThan(1);
    expect(urls(b.results)).toEqual(urls(a.results));
    for (const [i, r] of b.results.entries()) expect(r.data, r.url).toEqual(a.results[i].data);
  });

  it('gives the same filter values and counts', async () => {
    const counts = await joined.filters();
    expect(counts).toEqual(await whole.filters());
    expect(Object.keys(counts as object).sort()).toEqual(['kind', 'year']);
  });

  it.each(queries)(
    '%s (%s): the index joined from parts and the one joined from the single run give the same results, order and scores',
    async (_, term, filters) => {
      const a = await joinedWhole.search(term, { filters });
      const b = await joined.search(term, { filters });
      expect(b.results.map((r) => [r.url, r.score])).toEqual(a.results.map((r) => [r.url, r.score]));
      expect(b.results.map((r) => r.data)).toEqual(a.results.map((r) => r.data));
    },
  );
});

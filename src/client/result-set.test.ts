/** The order in which one search's results are listed, as candidates are re-checked. */
import { describe, expect, it } from 'vitest';
import type { PagefindResult } from './pagefind-api.ts';
import { ResultSet } from './result-set.ts';
import { plan, type ResultView } from './search-results.ts';

/** A letter as listed: `x…` holds the query (exact), `r…` only its bigrams (related). */
const view = (page: string, key = false): ResultView => ({
  url: `/${page}/`,
  page,
  title: page,
  number: '',
  exact: key || page.startsWith('x'),
  key,
});
const cand = (page: string): PagefindResult => ({ id: page, data: () => Promise.reject(new Error('not read: the view is given')) });
const results = (q: string, keys: string[], cands: string[]) =>
  new ResultSet(
    plan(q),
    keys.map((k) => view(k, true)),
    cands.map(cand),
    async (r) => view(r.id),
  );
const pages = (list: ResultView[]) => list.map((v) => v.page);
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('ResultSet', () => {
  it.each([
    ['key hits, then exact, then related', '科技', ['k1'], ['r1', 'x1', 'r2', 'x2'], ['k1', 'x1', 'x2', 'r1', 'r2']],
    ['a letter found by its key is listed once', '科技', ['x1'], ['x2', 'x1', 'r1'], ['x1', 'x2', 'r1']],
    ['a phrase lists exact hits only', '"科技"', [], ['r1', 'x1', 'r2'], ['x1']],
    ['a bare number lists exact hits only', '361', ['k1'], ['r1', 'x1'], ['k1', 'x1']],
  ])('%s', async (_, q, keys, cands, want) => {
    const set = results(q, keys, cands);
    expect(await set.allUrls()).toEqual(want.map((p) => `/${p}/`));
    expect(set.count()).toBe(want.length);
  });

  it('counts candidates not yet re-checked as found, except for a phrase', async () => {
    const loose = results('科技', [], many('r', 25));
    await loose.need(0);
    expect(loose.count()).toBe(25);
    const phrase = results('"科技"', [], many('r', 25));
    await phrase.check();
    expect(phrase.count()).toBe(15);
  });

  it('lists related letters only once all are re-checked, while exact ones suffice', async () => {
    const set = results('科技', [], [...many('x', 10), ...many('r', 20)]);
    expect(pages(await set.need(10))).toEqual(many('x', 10));
    expect(set.pending()).toBe(true);
    expect(pages(await set.need(11))).toEqual([...many('x', 10), ...many('r', 20)]);
  });

  it('shows candidates as Pagefind ranks them once too many batches hold no exact hit', async () => {
    const set = results('科技', [], [...many('r', 100), 'x0']);
    // Six batches of ten checked in vain: what they found is listed in rank order, the rest waits.
    expect(pages(await set.need(10))).toEqual(many('r', 60));
    expect(set.pending()).toBe(true);
    // A phrase keeps checking: only exact hits may be listed.
    const phrase = results('"科技"', [], [...many('r', 100), 'x0']);
    expect(pages(await phrase.need(10))).toEqual(['x0']);
  });
});

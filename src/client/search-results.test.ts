/** How a query is planned and how a Pagefind result is listed. */
import { describe, expect, it } from 'vitest';
import { plan, resultView, type FragmentLike } from './search-results.ts';

describe('plan', () => {
  it.each([
    ['科技特派员', { phrase: false, strict: false, name: null, terms: ['科技', '特派', '派员'] }],
    ['"科技特派员"', { phrase: true, strict: true, name: null }],
    ['0361', { strict: true, terms: ['0361'] }],
    ['〔2025〕333', { strict: false }],
    ['乌力吉仓', { strict: false, name: '乌力吉仓' }],
  ])('%s', (q, want) => {
    expect(plan(q)).toMatchObject(want);
  });

  it.each([
    ['科技特派员', '三是推动企业科技特派员工作', [6, 5]],
    ['PVC', '采购pvc管材', [2, 3]],
    ['361', '第0361号', [1, 4]],
    ['361', '第3610号', null],
  ])('finds %j in the squashed text %j', (q, s, want) => {
    expect(plan(q).find(s)).toEqual(want);
  });
});

// Words as Pagefind stores them, zero-width-space separated; anchors by the word they stand before.
const fragment: FragmentLike = {
  url: '/replies/2025/a/',
  content: ['答复', '关于', '科技', '特派员', '的', '建议', '<b>&'].join('\u200b'),
  meta: { title: '关于科技特派员的答复', number: '第361号' },
  anchors: [
    { element: 'h2', id: 's1', text: '一、总体', location: 0 },
    { element: 'p', id: 'm1-2', text: '第二条', location: 2 },
    { element: 'p', id: 'm1-3', location: 5 },
    { element: 'div', id: 'x9', location: 1 },
  ],
  excerpt: 'Pagefind 的摘要',
  sub_results: [
    { title: '一', url: '/replies/2025/a/#s1', excerpt: 'a', locations: [1, 2, 3] },
    { title: '二', url: '/replies/2025/a/#m1-2', excerpt: 'b', locations: [4] },
    { title: '三', url: '/replies/2025/a/#m1-3', excerpt: 'c', locations: [5, 6] },
    { title: '四', url: '/replies/2025/a/#n2', excerpt: 'd', locations: [7, 8] },
    { title: '五', url: '/replies/2025/a/#m3', excerpt: 'e', locations: [9] },
  ],
};

describe('resultView', () => {
  it('links an exact hit to the measure before it, with an escaped excerpt around the query', () => {
    expect(resultView(fragment, plan('特派员的建议'))).toMatchObject({
      exact: true,
      url: '/replies/2025/a/#m1-2',
      page: '/replies/2025/a/',
      where: '第二条',
      title: '关于科技特派员的答复',
      number: '第361号',
      excerpt: '答复关于科技<mark>特派员的建议</mark>&lt;b&gt;&amp;…',
    });
    expect(resultView(fragment, plan('建议')).where).toBe('m1-3'); // an anchor without text: its id
  });

  it("lists a letter without the exact string by Pagefind's excerpt and its three best measures", () => {
    const v = resultView(fragment, plan('科技建议'));
    expect(v).toMatchObject({ exact: false, url: '/replies/2025/a/', excerpt: 'Pagefind 的摘要' });
    expect(v.subs!.map((s) => s.title)).toEqual(['三', '四', '二']);
  });

  it('takes every result of a filters-only search as it is', () => {
    expect(resultView(fragment, null)).toMatchObject({ exact: true, url: '/replies/2025/a/', subs: [] });
  });
});

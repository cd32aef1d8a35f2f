import { describe, expect, it } from 'vitest';
import { buildCrossLinks, type LinkItem, type LinkLetter } from './cross-links.ts';
import { termSlug } from './term-normalize.ts';

/** A letter `id` dated `date` whose items are `anchor:term,term`; anchors n… are commitments. */
function letter(id: string, date: string, ...items: string[]): LinkLetter {
  return {
    id,
    date,
    url: `/r/${id}/`,
    title: `T${id}`,
    replyingUnit: `U${id}`,
    items: items.map((s): LinkItem => {
      const [anchor, terms = ''] = s.split(':');
      return { anchor, kind: anchor.startsWith('n') ? 'commitment' : 'measure', lead: `L${anchor}`, terms: terms ? terms.split(',') : [] };
    }),
  };
}
const refs = (list: { letterId: string; anchor: string }[]) => list.map((r) => `${r.letterId}#${r.anchor}`);

describe('related: scoring by shared terms, rare terms weigh more', () => {
  // 稀 is named by 2 items, 常 by 5: sharing 稀 beats sharing 常; sharing both beats either.
  const archive = [
    letter('a', '2024-01-01', 'm1-1:稀,常'),
    letter('b', '2024-02-01', 'm1-1:常'),
    letter('c', '2024-03-01', 'm1-1:稀'),
    letter('d', '2024-04-01', 'm1-1:常', 'm1-2:常'),
    letter('e', '2024-05-01', 'm1-1:常,孤'),
  ];
  const x = buildCrossLinks(archive);

  it.each([
    ['a', 'm1-1', ['c#m1-1', 'e#m1-1', 'd#m1-1', 'd#m1-2', 'b#m1-1']],
    ['c', 'm1-1', ['a#m1-1']],
    ['b', 'm1-1', ['e#m1-1', 'd#m1-1', 'd#m1-2', 'a#m1-1']],
  ])('%s#%s → %j (ties: newer letter, then document order)', (id, anchor, expected) => {
    expect(refs(x.byItem[id][anchor].related)).toEqual(expected);
  });

  it('gives the shared terms as the reason, in this item’s order', () => {
    expect(x.byItem.a['m1-1'].related[0].reason).toEqual(['稀']);
    expect(x.byItem.a['m1-1'].related[1].reason).toEqual(['常']);
  });

  it('never relates items of the same letter', () => {
    expect(refs(x.byItem.d['m1-1'].related)).not.toContain('d#m1-2');
  });

  it('keeps at most maxRelated', () => {
    expect(buildCrossLinks(archive, {}, { maxRelated: 2 }).byItem.a['m1-1'].related).toHaveLength(2);
  });

  it('skips terms used by too many items, and lists them', () => {
    const y = buildCrossLinks(archive, {}, { commonMin: 2, commonShare: 0 });
    expect(y.commonTerms).toEqual(['常']);
    expect(refs(y.byItem.a['m1-1'].related)).toEqual(['c#m1-1']);
    expect(y.byItem.b['m1-1'].related).toEqual([]);
    expect(y.byItem.b['m1-1'].termLinks).toEqual([{ display: '常', slug: termSlug('常'), linked: true }]);
  });
});

describe('terms: one entry per key', () => {
  const archive = [
    letter('old', '2023-05-01', 'm1-1:科技新政 30 条', 'm1-2:科技新政30条'),
    letter('new', '2025-05-01', 'm1-1:科技新政３０条', 'n1:科技新政30条'),
    letter('mid', '2024-05-01', 'm2-1:孤'),
  ];
  const x = buildCrossLinks(archive);

  it('merges spellings that differ in spacing or width; uses newest letter first, document order within', () => {
    expect(x.terms.map((t) => t.key)).toEqual(['孤', '科技新政30条']);
    const t = x.terms[1];
    expect(t).toMatchObject({ slug: termSlug('科技新政30条'), display: '科技新政30条' });
    expect(refs(t.uses)).toEqual(['new#m1-1', 'new#n1', 'old#m1-1', 'old#m1-2']);
  });

  it('shows the newest letter’s spelling when spellings tie', () => {
    const y = buildCrossLinks([letter('o', '2020-01-01', 'm1-1:ＡＢ计划'), letter('n', '2021-01-01', 'm1-1:AB计划')]);
    expect(y.terms.map((t) => [t.key, t.display])).toEqual([['AB计划', 'AB计划']]);
    const z = buildCrossLinks([letter('o', '2022-01-01', 'm1-1:ＡＢ计划'), letter('n', '2021-01-01', 'm1-1:AB计划')]);
    expect(z.terms.map((t) => [t.key, t.display])).toEqual([['AB计划', 'ＡＢ计划']]);
  });

  it('keeps each item’s own spelling in its term links; a term of one item is not linked', () => {
    expect(x.byItem.new['m1-1'].termLinks).toEqual([{ display: '科技新政３０条', slug: termSlug('科技新政30条'), linked: true }]);
    expect(x.byItem.mid['m2-1'].termLinks).toEqual([{ display: '孤', slug: termSlug('孤'), linked: false }]);
  });
});

describe('commitments: continues and reportedBy', () => {
  const archive = [
    letter('p', '2024-01-01', 'm1-1:甲', 'm1-2:乙', 'n1:甲,乙', 'n2:丙'),
    letter('q', '2025-03-01', 'm1-1:乙', 'n1:甲'),
    letter('r', '2025-02-01', 'm1-1:甲'),
    letter('s', '2023-01-01', 'm1-1:甲'),
  ];
  const x = buildCrossLinks(archive);

  it.each([
    ['p', 'n1', ['p#m1-1', 'p#m1-2'], ['r#m1-1', 'q#m1-1']],
    ['p', 'n2', [], []],
    ['q', 'n1', [], []],
    ['p', 'm1-1', [], []],
  ])('%s#%s continues %j, is reported by %j', (id, anchor, continues, reportedBy) => {
    const links = x.byItem[id][anchor];
    expect(refs(links.continues)).toEqual(continues);
    expect(refs(links.reportedBy)).toEqual(reportedBy);
  });

  it('reportedBy is capped at maxReportedBy', () => {
    expect(refs(buildCrossLinks(archive, {}, { maxReportedBy: 1 }).byItem.p.n1.reportedBy)).toEqual(['r#m1-1']);
  });
});

describe('editor overrides', () => {
  const archive = [
    letter('a', '2024-01-01', 'm1-1:甲'),
    letter('b', '2025-01-01', 'm1-1:甲', 'm1-2:乙'),
    letter('c', '2023-01-01', 'm1-1:乙'),
  ];

  it('an added link comes first, keeps its place when also computed, and a removed one stays out', () => {
    const x = buildCrossLinks(archive, {
      a: {
        add: [
          { from: 'm1-1', to: 'c#m1-1' },
          { from: 'm1-1', to: 'b#m1-1' },
        ],
      },
      b: { remove: [{ from: 'm1-1', to: 'a#m1-1' }] },
    });
    expect(x.byItem.a['m1-1'].related.map((r) => [r.letterId, r.reason])).toEqual([
      ['c', ['编辑添加']],
      ['b', ['编辑添加']],
    ]);
    expect(x.byItem.b['m1-1'].related).toEqual([]);
  });

  it('an added term link counts as a use of the term', () => {
    const x = buildCrossLinks(archive, { c: { add: [{ from: 'm1-1', to: 'term:甲' }] } });
    expect(refs(x.terms.find((t) => t.key === '甲')!.uses)).toEqual(['b#m1-1', 'a#m1-1', 'c#m1-1']);
    expect(refs(x.byItem.c['m1-1'].related)).toEqual(['b#m1-2', 'b#m1-1', 'a#m1-1']);
  });

  it.each([
    [{ a: { add: [{ from: 'm1-1', to: 'a#m1-1' }] } }, /letter a.*other letters/],
    [{ a: { add: [{ from: 'm1-1', to: 'zz#m1-1' }] } }, /letter a.*zz/],
    [{ a: { add: [{ from: 'm1-1', to: 'b' }] } }, /letter a.*letterId#anchor/],
  ])('rejects %j', (edits, message) => {
    expect(() => buildCrossLinks(archive, edits)).toThrow(message);
  });
});

describe('input checks', () => {
  it.each([
    [[letter('a', '2024-01-01'), letter('a', '2024-01-02')], /letter a appears twice/],
    [[letter('a', '2024-01-01', 'm1-1', 'm1-1')], /letter a has anchor m1-1 twice/],
  ])('throws on %#', (letters, message) => {
    expect(() => buildCrossLinks(letters)).toThrow(message);
  });

  it('an empty archive has no links', () => {
    expect(buildCrossLinks([])).toEqual({ terms: [], byItem: {}, commonTerms: [] });
  });
});

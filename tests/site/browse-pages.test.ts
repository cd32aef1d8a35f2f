/**
 * Browse pages list exactly the right letters, in date-then-number order: computed here from the
 * fixture records independently of the site's code (except the documented slug rule).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fixtureLetters, type FixtureLetter } from './fixture.ts';
import { $$, fileFor, page } from './html.ts';

const letters = fixtureLetters();
const slug = (name: string) => createHash('sha256').update(name, 'utf8').digest('hex').slice(0, 10);

function order(a: FixtureLetter, b: FixtureLetter): number {
  const x = a.record;
  const y = b.record;
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  return Number(x.number ?? Infinity) - Number(y.number ?? Infinity) || (x.id < y.id ? -1 : 1);
}

/** The expected groups of a dimension: slug → ids in order. */
function expected(keys: (l: FixtureLetter) => (string | null)[], toSlug: (k: string) => string): Map<string, string[]> {
  const m = new Map<string, FixtureLetter[]>();
  for (const l of letters) for (const k of new Set(keys(l))) if (k !== null) m.set(toSlug(k), [...(m.get(toSlug(k)) ?? []), l]);
  return new Map([...m].map(([k, ls]) => [k, ls.sort(order).map((l) => l.record.id)]));
}

const dims: [string, Map<string, string[]>][] = [
  [
    'year',
    expected(
      (l) => [l.year],
      (k) => k,
    ),
  ],
  ['session', expected((l) => [l.record.session ? l.record.assembly + l.record.session.label : null], slug)],
  [
    'kind',
    expected(
      (l) => [l.record.kind],
      (k) => k,
    ),
  ],
  ['unit', expected((l) => [l.record.replyingUnit], slug)],
  [
    'category',
    expected(
      (l) => [l.record.category],
      (k) => k.toLowerCase(),
    ),
  ],
  ['member', expected((l) => l.record.addressees, slug)],
];

describe('browse pages', () => {
  for (const [dim, groups] of dims) {
    it(`${dim}: one page per group listing its letters in order`, () => {
      expect(groups.size).toBeGreaterThan(0);
      for (const [s, ids] of groups) {
        const doc = page(`/browse/${dim}/${s}/`);
        expect(
          $$(doc, 'tr[data-letter]').map((r) => r.attributes['data-letter']),
          `${dim}/${s}`,
        ).toEqual(ids);
      }
      const index = page('/browse/');
      const linked = $$(index, 'a[href]')
        .map((a) => a.attributes.href)
        .filter((h) => h.startsWith(`/browse/${dim}/`));
      expect(linked.sort()).toEqual([...groups.keys()].map((s) => `/browse/${dim}/${s}/`).sort());
    });
  }

  it('the browse index lists sessions by assembly, term and meeting', () => {
    const collator = new Intl.Collator('zh-CN');
    const sessions = new Map<string, { assembly: string; term: number; meeting: number }>();
    for (const { record: r } of letters) if (r.session) sessions.set(r.assembly + r.session.label, { assembly: r.assembly, ...r.session });
    const expectedOrder = [...sessions]
      .sort(([, x], [, y]) => collator.compare(x.assembly, y.assembly) || x.term - y.term || x.meeting - y.meeting)
      .map(([k]) => `/browse/session/${slug(k)}/`);
    expect(expectedOrder.length).toBeGreaterThan(2);
    const linked = $$(page('/browse/'), 'a[href]')
      .map((a) => a.attributes.href)
      .filter((h) => h.startsWith('/browse/session/'));
    expect([...new Set(linked)]).toEqual(expectedOrder);
  });

  it('slugs are ASCII and each letter page links its unit, session and members', () => {
    for (const l of letters) {
      const hrefs = $$(page(l.url), 'dl.record a[href]').map((a) => a.attributes.href);
      expect(hrefs).toContain(`/browse/unit/${slug(l.record.replyingUnit)}/`);
      for (const m of l.record.addressees) expect(hrefs).toContain(`/browse/member/${slug(m)}/`);
      for (const h of hrefs) expect(h).toMatch(/^[\x21-\x7e]+$/);
    }
  });

  it('the home page totals every letter and lists the latest', () => {
    const home = page('/');
    expect(fileFor('/')).not.toBeNull();
    const latest = $$(home, 'tr[data-letter]').map((r) => r.attributes['data-letter']);
    const newest = letters
      .slice()
      .sort(order)
      .reverse()
      .slice(0, 10)
      .map((l) => l.record.id);
    expect(latest).toEqual(newest);
  });
});

/**
 * Cross-links over the ingested test fixtures: the shared terms of tests/fixtures/README.md link
 * exactly the items (measures and commitments) that name them — mentions in opening paragraphs
 * do not count — the seed's commitments continue its measures, and edits add, remove and fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrossLinks, type CrossLinks, type LinkEdits, type LinkLetter } from './cross-links.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let tmp: string;
let letters: LinkLetter[];
/** Fixture short name (`seed`, `qinglan` …) → letter id. */
const idOf: Record<string, string> = {};
let links: CrossLinks;

beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'links-'));
  const fixtures = path.join(ROOT, 'tests/fixtures');
  const files = readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => path.join(fixtures, f));
  // Exit status 1 is expected: the fixtures include malformed letters on purpose.
  spawnSync(path.join(ROOT, 'node_modules/.bin/node'), ['src/ingest/cli.ts', '--content', tmp, ...files], { cwd: ROOT });
  letters = readdirSync(path.join(tmp, 'replies'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(tmp, 'replies', f), 'utf8'))![1];
      const r = load(front) as any;
      idOf[r.sourceName.split('-')[0]] ??= r.id;
      const year = path.dirname(f);
      const item = (kind: 'measure' | 'commitment') => (m: any) => ({ anchor: m.anchor, kind, lead: m.lead, terms: m.terms ?? [] });
      return {
        id: r.id,
        url: `/replies/${year}/${r.id}/`,
        title: r.title,
        date: r.date,
        replyingUnit: r.replyingUnit,
        items: [...r.sections.flatMap((s: any) => s.measures).map(item('measure')), ...r.nextSteps.map(item('commitment'))],
      };
    });
  links = buildCrossLinks(letters);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const use = (short: string, anchor: string) => `${idOf[short]}#${anchor}`;
const term = (display: string) => links.terms.find((t) => t.display === display)!;

describe('shared terms of the fixtures', () => {
  // Newest letter first. Mentions outside measures and commitments are not uses: qiwu names
  // 《江岚省科技创新促进条例》 only in its opening, tongxi only in a 下一步 commitment.
  it.each([
    [
      '揭榜挂帅',
      [
        ['baichuan', 'm3-2'],
        ['qiwu', 'm1-3'],
        ['seed', 'm1-4'],
        ['qinglan', 'm3-2'],
      ],
    ],
    [
      '青苗计划',
      [
        ['baichuan', 'm3-3'],
        ['langang', 'm3-1'],
        ['tongxi', 'm3-1'],
        ['qinglan', 'm3-1'],
      ],
    ],
    [
      '江岚省科技创新促进条例',
      [
        ['baichuan', 'm1-2'],
        ['tongxi', 'n3'],
        ['qinglan', 'm1-1'],
        ['heting', 'm2-3'],
      ],
    ],
    [
      '一网通办',
      [
        ['langang', 'm2-3'],
        ['xizhou', 'm3-1'],
        ['lanjiang', 'm1-1'],
        ['heting', 'm1-3'],
      ],
    ],
    [
      '免申即享',
      [
        ['baichuan', 'n2'],
        ['langang', 'n3'],
        ['heting', 'm1-3'],
      ],
    ],
  ])('%s: its term page lists exactly the items naming it, and they link each other', (display, expected) => {
    const t = term(display);
    expect(t.uses.map((u) => `${u.letterId}#${u.anchor}`)).toEqual(expected.map(([s, a]) => use(s, a)));
    for (const u of t.uses) {
      const mine = links.byItem[u.letterId][u.anchor];
      expect(mine.termLinks).toContainEqual({ display, slug: t.slug, linked: true });
      const others = t.uses.filter((o) => o.letterId !== u.letterId).map((o) => `${o.letterId}#${o.anchor}`);
      const related = mine.related.filter((r) => r.reason.includes(display)).map((r) => `${r.letterId}#${r.anchor}`);
      expect(related.sort()).toEqual(others.sort());
    }
  });

  it('gives the reason and the target’s letter with each related item', () => {
    const r = links.byItem[idOf.seed]['m1-4'].related;
    expect(r.map((x) => [x.letterId, x.anchor, x.reason])).toEqual([
      [idOf.baichuan, 'm3-2', ['揭榜挂帅']],
      [idOf.qiwu, 'm1-3', ['揭榜挂帅']],
      [idOf.qinglan, 'm3-2', ['揭榜挂帅']],
    ]);
    expect(r[1]).toMatchObject({ kind: 'measure', date: '2026-05-20', replyingUnit: '栖梧市人民政府' });
    expect(r[1].href).toBe(`${letters.find((l) => l.id === idOf.qiwu)!.url}#m1-3`);
  });

  it('does not link a term that only one item names', () => {
    expect(links.byItem[idOf.seed]['m2-2'].termLinks).toEqual([{ display: '鄂尔多斯杯', slug: term('鄂尔多斯杯').slug, linked: false }]);
    expect(term('鄂尔多斯杯').uses).toHaveLength(1);
  });
});

describe('the seed’s 下一步 commitments', () => {
  it.each([
    ['n1', []],
    ['n2', ['m1-1']],
    ['n3', []],
    ['n4', ['m1-1']],
  ])('%s continues %j', (anchor, measures) => {
    const c = links.byItem[idOf.seed][anchor].continues;
    expect(c.map((x) => x.anchor)).toEqual(measures);
    for (const x of c) expect(x.reason).toEqual(['科技新政30条']);
  });

  it('measures continue nothing and are reported by nothing', () => {
    expect(links.byItem[idOf.seed]['m1-1']).toMatchObject({ continues: [], reportedBy: [] });
  });
});

describe('editor overrides on the fixtures', () => {
  it('adds a related link first with reason 编辑添加, and removes a computed one', () => {
    const edits: LinkEdits = {
      [idOf.seed]: {
        add: [{ from: 'm3-3', to: use('tongxi', 'm3-1') }],
        remove: [{ from: 'm1-4', to: use('qiwu', 'm1-3') }],
      },
    };
    const x = buildCrossLinks(letters, edits);
    expect(x.byItem[idOf.seed]['m3-3'].related.map((r) => [r.letterId, r.anchor, r.reason])).toEqual([[idOf.tongxi, 'm3-1', ['编辑添加']]]);
    expect(x.byItem[idOf.seed]['m1-4'].related.map((r) => r.letterId)).toEqual([idOf.baichuan, idOf.qinglan]);
    expect(x.byItem[idOf.qiwu]['m1-3'].related.map((r) => r.letterId)).toContain(idOf.seed);
  });

  it('adds and removes term links, and the term pages and later reports follow', () => {
    const edits: LinkEdits = {
      [idOf.qiwu]: { add: [{ from: 'm1-1', to: 'term:江岚省科技创新促进条例' }] },
      [idOf.seed]: { remove: [{ from: 'm1-4', to: 'term:揭榜挂帅' }] },
    };
    const x = buildCrossLinks(letters, edits);
    const t = (d: string) => x.terms.find((e) => e.display === d)!;
    expect(t('江岚省科技创新促进条例').uses.slice(0, 2)).toEqual([
      { letterId: idOf.baichuan, anchor: 'm1-2' },
      { letterId: idOf.qiwu, anchor: 'm1-1' },
    ]);
    expect(x.byItem[idOf.qiwu]['m1-1'].termLinks.map((l) => l.display)).toContain('江岚省科技创新促进条例');
    // With the edit, tongxi's commitment n3 (2025-06-18) is reported on by qiwu's measure (2026-05-20) too, beside baichuan's (2026-06-30).
    expect(x.byItem[idOf.tongxi].n3.reportedBy.map((r) => `${r.letterId}#${r.anchor}`)).toEqual([
      use('qiwu', 'm1-1'),
      use('baichuan', 'm1-2'),
    ]);
    expect(links.byItem[idOf.tongxi].n3.reportedBy.map((r) => `${r.letterId}#${r.anchor}`)).toEqual([use('baichuan', 'm1-2')]);
    expect(t('揭榜挂帅').uses.map((u) => u.letterId)).toEqual([idOf.baichuan, idOf.qiwu, idOf.qinglan]);
    expect(x.byItem[idOf.seed]['m1-4']).toMatchObject({ termLinks: [], related: [] });
  });

  it.each([
    [{ add: [{ from: 'm1-1', to: 'no-such-letter#m1-1' }] }, 'no-such-letter'],
    [{ add: [{ from: 'm1-1', to: 'QINGLAN#m9-9' }] }, 'm9-9'],
    [{ remove: [{ from: 'm1-1', to: 'QINGLAN#m9-9' }] }, 'm9-9'],
    [{ add: [{ from: 'm7-7', to: 'QINGLAN#m3-2' }] }, 'm7-7'],
    [{ add: [{ from: 'm1-1', to: 'term:没有这个词' }] }, '没有这个词'],
    [{ remove: [{ from: 'm1-1', to: 'term:没有这个词' }] }, '没有这个词'],
  ])('a broken target throws naming the letter and the target (%j)', (edit, target) => {
    const fix = JSON.parse(JSON.stringify(edit).replaceAll('QINGLAN', idOf.qinglan));
    expect(() => buildCrossLinks(letters, { [idOf.seed]: fix })).toThrow(new RegExp(`${idOf.seed}.*${target}`));
  });

  it('an edit for a letter that does not exist throws naming it', () => {
    expect(() => buildCrossLinks(letters, { '1999-ta1-1-0001': { add: [] } })).toThrow(/1999-ta1-1-0001/);
  });
});

describe('determinism', () => {
  it('gives the same output for the letters in any order', () => {
    const shuffled = [...letters].reverse();
    expect(JSON.stringify(buildCrossLinks(shuffled))).toBe(JSON.stringify(links));
  });
});

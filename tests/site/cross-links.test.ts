/**
 * Cross-links on the built fixture site: each shared term links the measures of every letter that
 * names it, its page lists exactly those measures, the seed's commitments link back to its
 * measures; an editor's added and removed links survive a rebuild; a broken one fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'ultrahtml';
import { $, $$, page, text, type Node } from './html.ts';
import { fixtureLetters } from './fixture.ts';
import { buildWithSeedChange } from './seed-build.ts';
import { normalizeTerm, termSlug } from '../../src/links/term-normalize.ts';

const SHARED = ['青苗计划', '江岚省科技创新促进条例', '揭榜挂帅', '一网通办', '免申即享'];

/** `letterUrl#anchor` of every measure and commitment whose terms include the term, per the records. */
function namers(term: string): string[] {
  return fixtureLetters().flatMap(({ record, url }) =>
    [...record.sections.flatMap((s) => s.measures), ...record.nextSteps]
      .filter((m) => (m.terms ?? []).some((t) => normalizeTerm(t) === normalizeTerm(term)))
      .map((m) => `${url}#${m.anchor}`),
  );
}

describe('term links', () => {
  it.each(SHARED)('%s is named by measures of at least two letters', (term) => {
    expect(new Set(namers(term).map((u) => u.split('#')[0])).size).toBeGreaterThanOrEqual(2);
  });

  it.each(SHARED)('every measure naming %s links to its page, which lists exactly those measures', (term) => {
    const termUrl = `/terms/${termSlug(normalizeTerm(term))}/`;
    for (const target of namers(term)) {
      const [url, anchor] = target.split('#');
      const measure = $$(page(url), '.measure').find((m) => $(m, `h3#${anchor}`));
      expect(measure, target).toBeDefined();
      expect(
        $$(measure!, '.term-links a').map((a) => a.attributes.href),
        target,
      ).toContain(termUrl);
    }
    const listed = $$(page(termUrl), 'li[data-anchor] a')
      .map((a) => a.attributes.href)
      .sort();
    expect(listed).toEqual(namers(term).sort());
  });

  it('lists every term on the term index, linking those named more than once', () => {
    const index = page('/terms/');
    const linked = $$(index, '.term-index a').map((a) => text(a));
    for (const term of SHARED) expect(linked).toContain(term);
  });
});

describe('commitments', () => {
  it("link the seed's 下一步 commitments n2 and n4 back to measure m1-1 (科技新政30条)", () => {
    const seed = page('/replies/2025/2025-ta5-4-0361/');
    for (const n of ['n2', 'n4']) {
      const item = $$(seed, '.measure').find((m) => $(m, `h3#${n}`))!;
      const continues = $$(item, '.links-list').find((d) => text($(d, 'summary')).startsWith('承接本函措施'));
      expect(
        $$(continues!, 'a').map((a) => a.attributes.href),
        n,
      ).toContain('/replies/2025/2025-ta5-4-0361/#m1-1');
    }
  });
});

/** Builds a content folder copied from the fixture content, with edits applied to the seed's frontmatter. */
/** The fixtures built with `edit` added to the end of the seed's frontmatter. */
function buildWithSeedEdit(name: string, edit: string) {
  return buildWithSeedChange(name, (mdx) => mdx.replace(/\n---\n/, `\n${edit}---\n`));
}

describe('editor links', () => {
  let edited: ReturnType<typeof buildWithSeedEdit>;
  beforeAll(() => {
    edited = buildWithSeedEdit(
      'links-edited',
      [
        'editorLinks:',
        '  add:',
        "    - from: 'm2-3'",
        "      to: '2023-ta3-2-0064#m3-1'",
        "    - from: 'm1-1'",
        "      to: 'term:青苗计划'",
        '  remove:',
        "    - from: 'm1-4'",
        "      to: 'term:揭榜挂帅'",
        '',
      ].join('\n'),
    );
  });

  it('builds, showing the added links and not the removed one', () => {
    expect(edited.status, edited.output).toBe(0);
    const editedSeed = parse(fs.readFileSync(path.join(edited.dist, 'replies/2025/2025-ta5-4-0361/index.html'), 'utf8'));
    const plainSeed = page('/replies/2025/2025-ta5-4-0361/');
    const item = (doc: Node, id: string) => $$(doc, '.measure').find((m) => $(m, `h3#${id}`))!;
    const hrefs = (doc: Node, id: string) => $$(item(doc, id), '.item-links a').map((a) => a.attributes.href);
    const termUrl = (t: string) => `/terms/${termSlug(normalizeTerm(t))}/`;
    expect(hrefs(editedSeed, 'm2-3')).toContain('/replies/2023/2023-ta3-2-0064/#m3-1');
    expect($$(item(editedSeed, 'm2-3'), '.ref-reason').map(text)).toContain('编辑添加');
    expect(hrefs(editedSeed, 'm1-1')).toContain(termUrl('青苗计划'));
    expect(hrefs(editedSeed, 'm1-4')).not.toContain(termUrl('揭榜挂帅'));
    expect(hrefs(plainSeed, 'm1-4')).toContain(termUrl('揭榜挂帅'));
  });

  it('leaves out, and builds with, a link to a letter held back or withdrawn', () => {
    const r = buildWithSeedEdit(
      'links-unpublished',
      "editorLinks:\n  add:\n    - from: 'm1-1'\n      to: '2025-jy19-4-208#m1-1'\n    - from: 'm1-2'\n      to: '2025-jy17-4-136#m1-1'\n  remove: []\n",
    );
    expect(r.status, r.output).toBe(0);
    const html = fs.readFileSync(path.join(r.dist, 'replies/2025/2025-ta5-4-0361/index.html'), 'utf8');
    expect(html).not.toContain('2025-jy19-4-208');
    expect(html).not.toContain('2025-jy17-4-136');
  });

  it('fails the build for a link to a measure that does not exist, naming the file and the target', () => {
    const broken = buildWithSeedEdit(
      'links-broken',
      "editorLinks:\n  add:\n    - from: 'm1-1'\n      to: '2023-ta3-2-0064#m9-9'\n  remove: []\n",
    );
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain('2025-ta5-4-0361.mdx');
    expect(broken.output).toContain('m9-9');
  });
});

/**
 * Finding letters by their text, in Chromium over the fixture build: CJK substrings across
 * Pagefind's word boundaries (态环境-style) and across the query segmenter's splits (碳中和-style),
 * samples of every two- and three-character substring of the seed letter, quoted phrases, text
 * with digits; exact hits first, anchored to the measure where the string occurs.
 */
import { describe, expect, it } from 'vitest';
import { cannotSearch, letterOf, searchSite, seed } from './search-page.ts';

describe.skipIf(cannotSearch)('search in Chromium', { timeout: 180_000 }, () => {
  const site = searchSite();
  const { search, searchMany, holding, expectExactFirst } = site;

  it('finds a substring cutting across indexed words (态环境-style: 业科技自, 技特派)', async () => {
    for (const q of ['业科技自', '技特派', '创新活']) await expectExactFirst(q);
  });

  it('finds a term the browser segmenter splits otherwise (碳中和-style: 科技特派员, 成果转化)', async () => {
    for (const q of ['科技特派员', '成果转化', '高新技术企业']) await expectExactFirst(q);
  });

  it('finds substrings that start inside a long word (技型企, 特派员工, 院士纷至, 化工实践, 力资)', async () => {
    for (const q of ['技型企', '特派员工', '院士纷至', '化工实践', '力资']) await expectExactFirst(q);
  });

  it('finds a word the browser segmenter keeps whole, by its bigrams (孵化器, 加速器, 工作站)', async () => {
    // In Pagefind's web worker the query would be re-segmented by the worker's Intl.Segmenter
    // (化器 → 化 器), matched as prefixes in one index chunk only: 加速器 found nothing, 孵化器 one of two.
    for (const q of ['孵化器', '加速器', '工作站']) await expectExactFirst(q);
  });

  it('every three-character substring of the seed letter (a sample) finds exactly the letters holding it, first', async () => {
    const seedText = site.letters.find((l) => l.url === seed)!.text;
    const runs = seedText.match(/[\u4e00-\u9fff]{3,}/gu)!;
    const grams = [...new Set(runs.flatMap((r) => [...r].slice(2).map((c, i) => r[i] + r[i + 1] + c)))].filter((_, i) => i % 7 === 0);
    const results = await searchMany(grams);
    grams.forEach((g, i) => {
      const want = holding(g);
      expect(results[i].map(letterOf).slice(0, want.length).sort(), g).toEqual(want);
    });
  }, 240_000);

  it('lands an exact hit on the measure where the string occurs', async () => {
    const { hits } = await search('科技特派员工作站');
    expect(hits[0]).toMatchObject({ href: `${seed}#m2-3`, match: 'exact' });
  });

  it('every two-character substring of the seed letter finds it', async () => {
    const seedText = site.letters.find((l) => l.url === seed)!.text;
    const runs = seedText.match(/[\u4e00-\u9fff]{2,}/gu)!;
    const grams = [...new Set(runs.flatMap((r) => [...r].slice(1).map((c, i) => r[i] + c)))];
    for (const g of grams.filter((_, i) => i % 61 === 0)) {
      const { all } = await search(g);
      expect(all.map(letterOf), g).toContain(seed);
    }
  }, 240_000);

  it('a quoted phrase matches the phrase, and only it', async () => {
    const want = holding('科技特派员');
    const { all } = await search('"科技特派员"');
    expect(all.map(letterOf).sort()).toEqual(want);
    const none = await search('"特派员科技"');
    expect(none.all).toEqual([]);
  });

  it('mixed text with digits and punctuation is re-checked exactly (12.5%-style)', async () => {
    const s = site.letters.map((l) => /\d+\.\d+万元/.exec(l.text.replace(/\s+/g, ''))?.[0]).find(Boolean)!;
    expect(s).toBeTruthy();
    const want = site.letters.filter((l) => l.text.replace(/\s+/g, '').includes(s)).map((l) => l.url);
    const { all, hits } = await search(s);
    expect(all.map(letterOf).slice(0, want.length).sort()).toEqual(want.sort());
    expect(hits[0].match).toBe('exact');
  });
});

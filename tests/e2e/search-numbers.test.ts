/**
 * Finding a letter by its key, in Chromium over the fixture build: a member's name, the proposal
 * number in every form (`361` finds `0361`, `3` never lists 30/300), the full 文号 and its parts;
 * the exact letter first.
 */
import { describe, expect, it } from 'vitest';
import { cannotSearch, letterOf, searchSite, seed } from './search-page.ts';

describe.skipIf(cannotSearch)('search in Chromium', { timeout: 180_000 }, () => {
  const site = searchSite();
  const { search } = site;

  it("a member's name lists that member's letters first", async () => {
    const { hits } = await search('乌力吉仓');
    expect(hits[0]).toMatchObject({ href: seed, match: 'key' });
  });

  it('numbers in every form put the exact letter first: 0361, 361, 第361号, 361号提案, 五届四次会议第0361号', async () => {
    for (const q of ['0361', '361', '第361号', '361号提案', '五届四次会议第0361号', '０３６１']) {
      const { hits } = await search(q);
      expect(hits[0], q).toMatchObject({ href: seed, match: 'key' });
      expect(hits[0].number, q).toContain('市政协五届四次会议');
    }
  });

  it('the 文号 in full or in part: 鄂建提复字〔2025〕333号, 〔2025〕333, 333号, [2025]333', async () => {
    for (const q of ['鄂建提复字〔2025〕333号', '〔2025〕333', '333号', '鄂建提复字[2025]333号']) {
      const { hits } = await search(q);
      expect(hits[0], q).toMatchObject({ href: seed, match: 'key' });
    }
    const full = await search('鄂建提复字〔2025〕333号');
    expect(full.all.map(letterOf)).toEqual([seed]);
  });

  it('a bare number never lists letters that only have longer numbers (3 ≠ 30, 300)', async () => {
    const { all } = await search('361');
    expect(all.map(letterOf)).toEqual([seed]);
    const three = await search('3');
    for (const u of three.all) {
      const l = site.letters.find((x) => x.url === letterOf(u))!;
      expect(/(?<![0-9])0*3(?![0-9])/.test(l.text.replace(/\s+/g, '')), u).toBe(true);
    }
  });
});

/**
 * The search element in Chromium over the fixture build: CJK substrings across Pagefind's word
 * boundaries (态环境-style) and across the query segmenter's splits (碳中和-style), quoted phrases,
 * member names, numbers in every form (`361` finds `0361`, `3` never lists 30/300), the full 文号
 * and its parts; exact hits first, anchored to their measure; the filters, 答复单位 typed with the
 * keyboard from a list loaded on first use; nothing fetched off-site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumPath, guardedContext, launchChromium } from './browser.ts';
import { tabTo } from './keyboard.ts';
import { distDir } from '../site/paths.ts';
import { serve } from './static-server.ts';
import { loadLetters, type BenchLetter } from '../../scripts/bench-search/truth.ts';

const seed = '/replies/2025/2025-ta5-4-0361/';
let browser: Browser;
let context: BrowserContext;
let server: Awaited<ReturnType<typeof serve>>;
let letters: BenchLetter[];
const offSite: string[] = [];

beforeAll(async () => {
  server = await serve(distDir);
  letters = loadLetters(distDir);
  browser = await launchChromium();
  context = await guardedContext(browser, (url) => url.hostname === '127.0.0.1', offSite);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Hit { href: string; match: string; number: string }

/** Opens `/search/?q=…`, waits for the results; the listed hits and every result URL in order. */
async function search(q: string): Promise<{ hits: Hit[]; all: string[]; status: string }> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForSelector('archive-search[data-state="done"]');
  const r = await page.evaluate(async () => {
    const el = document.querySelector('archive-search') as HTMLElement & { allUrls(): Promise<string[]> };
    const hits = [...el.querySelectorAll<HTMLLIElement>('.search-results > li:not(.more)')].map((li) => ({
      href: li.querySelector('h2 a')!.getAttribute('href')!, match: li.dataset.match!, number: li.querySelector('.number')?.textContent ?? '',
    }));
    return { hits, all: await el.allUrls(), status: el.querySelector('.search-status')!.textContent! };
  });
  await page.close();
  return r;
}

/** Runs each query in one open search page (as bench-search does); every result URL of each, in order. */
async function searchMany(qs: string[]): Promise<string[][]> {
  const page = await context.newPage();
  await page.goto(`${server.origin}/search/`);
  await page.waitForSelector('archive-search[data-state="ready"]');
  const out = await page.evaluate(async (qs) => {
    const el = document.querySelector('archive-search') as HTMLElement & { allUrls(): Promise<string[]> };
    const input = el.querySelector<HTMLInputElement>('input[name="q"]')!;
    const all: string[][] = [];
    for (const q of qs) {
      input.value = q;
      el.dataset.state = 'loading';
      el.querySelector('form')!.requestSubmit();
      while (el.dataset.state !== 'done') await new Promise((r) => setTimeout(r, 5));
      all.push(await el.allUrls());
    }
    return all;
  }, qs);
  await page.close();
  return out;
}

const letterOf = (u: string) => u.replace(/#.*$/, '');
/** The fixture letters whose rendered text holds `s`. */
const holding = (s: string) => letters.filter((l) => l.text.includes(s)).map((l) => l.url).sort();

/** Every letter holding `q` is found, and they all come before any letter that does not. */
async function expectExactFirst(q: string, s = q) {
  const want = holding(s);
  expect(want.length).toBeGreaterThan(0);
  const { all } = await search(q);
  const got = all.map(letterOf);
  expect(got.slice(0, want.length).sort()).toEqual(want);
}

describe.skipIf(!fs.existsSync(chromiumPath) || !fs.existsSync(path.join(distDir, 'search/keys')))('search in Chromium', { timeout: 180_000 }, () => {
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
    const seedText = letters.find((l) => l.url === seed)!.text;
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
    const seedText = letters.find((l) => l.url === seed)!.text;
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
      const l = letters.find((x) => x.url === letterOf(u))!;
      expect(/(?<![0-9])0*3(?![0-9])/.test(l.text.replace(/\s+/g, '')), u).toBe(true);
    }
  });

  it('mixed text with digits and punctuation is re-checked exactly (12.5%-style)', async () => {
    const s = letters.map((l) => /\d+\.\d+万元/.exec(l.text.replace(/\s+/g, ''))?.[0]).find(Boolean)!;
    expect(s).toBeTruthy();
    const want = letters.filter((l) => l.text.replace(/\s+/g, '').includes(s)).map((l) => l.url);
    const { all, hits } = await search(s);
    expect(all.map(letterOf).slice(0, want.length).sort()).toEqual(want.sort());
    expect(hits[0].match).toBe('exact');
  });

  it("offers every filter value Pagefind knows, with its count: from the page itself, the session's and unit's once their fields are used", async () => {
    const page = await context.newPage();
    const filterFetches: string[] = [];
    const unitFetches: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFetches.push(r.url());
      if (r.url().includes('/search/filters/')) unitFetches.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.origin}/search/`);
    await page.waitForSelector('archive-search[data-state="ready"]');
    await page.waitForLoadState('networkidle');
    expect(filterFetches).toEqual([]);
    expect(unitFetches).toEqual([]);
    for (const key of ['session', 'unit']) {
      const field = page.locator(`input[data-filter="${key}"]`);
      await field.focus();
      await page.locator(`#search-${key}-options option`).first().waitFor({ state: 'attached' });
      await field.pressSequentially('市');
      await field.press('Backspace');
    }
    await page.waitForLoadState('networkidle');
    expect(unitFetches).toEqual(['/search/filters/session.json', '/search/filters/unit.json']);
    const { offered, indexed } = await page.evaluate(async () => {
      const el = document.querySelector('archive-search') as HTMLElement & { pagefind: { filters(): Promise<Record<string, Record<string, number>>> } };
      const offered: Record<string, Record<string, number>> = {};
      const count = (label: string) => Number(/（(\d+)）$/.exec(label)![1]);
      for (const s of el.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
        offered[s.dataset.filter!] = Object.fromEntries([...s.options].filter((o) => o.value).map((o) => [o.value, count(o.text)]));
      }
      for (const f of el.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
        offered[f.dataset.filter!] = Object.fromEntries([...f.list!.options].map((o) => [o.value, count(o.label)]));
      }
      return { offered, indexed: await el.pagefind.filters() };
    });
    await page.close();
    const nonEmpty = (o: Record<string, Record<string, number>>) => Object.fromEntries(Object.entries(o).filter(([, v]) => Object.keys(v).length));
    expect(Object.keys(nonEmpty(offered)).length).toBeGreaterThan(2);
    expect(Object.keys(offered.unit).length).toBeGreaterThan(2);
    expect(Object.keys(offered.session).length).toBeGreaterThan(2);
    expect(nonEmpty(offered)).toEqual(nonEmpty(indexed));
    // The page itself holds no unit or session option, not even a unit's or session's name.
    const html = fs.readFileSync(path.join(distDir, 'search/index.html'), 'utf8');
    for (const key of ['session', 'unit']) {
      expect(html).toMatch(new RegExp(`<datalist id="search-${key}-options"></datalist>`));
      for (const name of Object.keys(indexed[key])) expect(html).not.toContain(name);
    }
  });

  /** Each fixture letter's 答复单位, by page URL, from its record.json. */
  const unitOf = (url: string): string => JSON.parse(fs.readFileSync(path.join(distDir, url, 'record.json'), 'utf8')).replyingUnit;
  /** The unit with the most letters (first in code point order among equals), and its letters. */
  function busiestUnit(): { unit: string; want: string[] } {
    const by = new Map<string, string[]>();
    for (const l of letters) by.set(unitOf(l.url), [...(by.get(unitOf(l.url)) ?? []), l.url]);
    const [unit, urls] = [...by].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    return { unit, want: urls.sort() };
  }
  /** The letters the search page lists (all of them, in order), and the URL's `unit`. */
  async function listed(page: Page): Promise<{ urls: string[]; unit: string | null }> {
    await page.waitForSelector('archive-search[data-state="done"]');
    const urls = await page.evaluate(() => (document.querySelector('archive-search') as HTMLElement & { allUrls(): Promise<string[]> }).allUrls());
    return { urls: urls.map(letterOf), unit: new URL(page.url()).searchParams.get('unit') };
  }

  it('filters by unit with the keyboard alone: Tab to the field, type a full name, Enter; ?unit= preselects it', async () => {
    const { unit, want } = busiestUnit();
    for (const listFails of [false, true]) {
      const page = await context.newPage();
      // Without its list the field still filters by the exact name typed.
      if (listFails) await page.route('**/search/filters/**', (r) => r.abort());
      await page.goto(`${server.origin}/search/`);
      await page.waitForSelector('archive-search[data-state="ready"]');
      await tabTo(page, 'input[data-filter="unit"]');
      await page.keyboard.type(unit);
      await page.keyboard.press('Enter');
      await page.waitForURL('**/search/?unit=*');
      const got = await listed(page);
      expect(got.unit, `list fails: ${listFails}`).toBe(unit);
      expect(got.urls.sort(), `list fails: ${listFails}`).toEqual(want);
      for (const u of got.urls) expect(unitOf(u)).toBe(unit);
      await page.close();
    }
    const page = await context.newPage();
    await page.goto(`${server.origin}/search/?unit=${encodeURIComponent(unit)}`);
    const got = await listed(page);
    expect(await page.locator('input[data-filter="unit"]').inputValue()).toBe(unit);
    expect(got.unit).toBe(unit);
    expect(got.urls.sort()).toEqual(want);
    await page.close();
  });

  it('attempted no request to any other host', () => {
    expect(offSite).toEqual([]);
  });
});

/**
 * Filtering the search, in Chromium over the fixture build: every filter value Pagefind knows is
 * offered with its count, the session's and the unit's from lists loaded on first use; 答复单位
 * typed with the keyboard alone, kept in the URL; nothing fetched off-site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { tabTo } from './keyboard.ts';
import { distDir } from '../site/paths.ts';
import { cannotSearch, letterOf, searchSite } from './search-page.ts';

describe.skipIf(cannotSearch)('search in Chromium', { timeout: 180_000 }, () => {
  const site = searchSite();

  it("offers every filter value Pagefind knows, with its count: from the page itself, the session's and unit's once their fields are used", async () => {
    const page = await site.context.newPage();
    const filterFetches: string[] = [];
    const unitFetches: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/filter/')) filterFetches.push(r.url());
      if (r.url().includes('/search/filters/')) unitFetches.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.origin}/search/`);
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
      const el = document.querySelector('archive-search') as HTMLElement & {
        pagefind: { filters(): Promise<Record<string, Record<string, number>>> };
      };
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
    const nonEmpty = (o: Record<string, Record<string, number>>) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => Object.keys(v).length));
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
    for (const l of site.letters) by.set(unitOf(l.url), [...(by.get(unitOf(l.url)) ?? []), l.url]);
    const [unit, urls] = [...by].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))[0];
    return { unit, want: urls.sort() };
  }
  /** The letters the search page lists (all of them, in order), and the URL's `unit`. */
  async function listed(page: Page): Promise<{ urls: string[]; unit: string | null }> {
    await page.waitForSelector('archive-search[data-state="done"]');
    const urls = await page.evaluate(() =>
      (document.querySelector('archive-search') as HTMLElement & { allUrls(): Promise<string[]> }).allUrls(),
    );
    return { urls: urls.map(letterOf), unit: new URL(page.url()).searchParams.get('unit') };
  }

  it('filters by unit with the keyboard alone: Tab to the field, type a full name, Enter; ?unit= preselects it', async () => {
    const { unit, want } = busiestUnit();
    for (const listFails of [false, true]) {
      const page = await site.context.newPage();
      // Without its list the field still filters by the exact name typed.
      if (listFails) await page.route('**/search/filters/**', (r) => r.abort());
      await page.goto(`${site.origin}/search/`);
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
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/?unit=${encodeURIComponent(unit)}`);
    const got = await listed(page);
    expect(await page.locator('input[data-filter="unit"]').inputValue()).toBe(unit);
    expect(got.unit).toBe(unit);
    expect(got.urls.sort()).toEqual(want);
    await page.close();
  });

  it('attempted no request to any other host', () => {
    expect(site.offSite).toEqual([]);
  });
});

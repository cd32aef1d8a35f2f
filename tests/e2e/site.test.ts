/**
 * The production build in Chromium, served on 127.0.0.1: the seed letter's page, Chinese search
 * landing on the matching measure, the kind filter, keyboard-only search; every request to any
 * other host is blocked and the test fails if one was attempted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumPath } from './browser.ts';
import { tabTo } from './keyboard.ts';
import { distDir } from '../site/paths.ts';
import { servedBuild } from './served-build.ts';

const seed = '/replies/2025/2025-ta5-4-0361/';

describe.skipIf(!fs.existsSync(chromiumPath))('site in Chromium', () => {
  const site = servedBuild();

  async function open(path: string): Promise<Page> {
    const page = await site.context.newPage();
    await page.goto(site.origin + path);
    return page;
  }

  it("shows the seed's 文号 and measures", async () => {
    const page = await open(seed);
    expect(await page.locator('dd[data-field="docNumber"]').textContent()).toBe('鄂建提复字〔2025〕333号');
    const ids = await page.locator('h3.measure-head').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.filter((id) => id.startsWith('m'))).toEqual([
      'm1-1',
      'm1-2',
      'm1-3',
      'm1-4',
      'm2-1',
      'm2-2',
      'm2-3',
      'm3-1',
      'm3-2',
      'm3-3',
      'm3-4',
      'm4-1',
      'm4-2',
      'm4-3',
    ]);
    await page.close();
  });

  it('search 科技特派员 lands on the seed measure #m2-3', async () => {
    const page = await open('/search/?q=' + encodeURIComponent('科技特派员'));
    const hit = page.locator(`.search-results > li h2 a[href^="${seed}"]`);
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toBe(`${seed}#m2-3`);
    expect(await page.locator('.search-status').textContent()).toContain('科技特派员');
    await hit.click();
    await page.waitForURL(`**${seed}#m2-3`);
    expect(await page.locator('#m2-3').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('m2-3');
    await page.close();
  });

  it('filters by kind, kept in the URL', async () => {
    const page = await open('/search/');
    await page.locator('select[name="kind"] option[value="建议"]').waitFor({ state: 'attached' });
    await page.selectOption('select[name="kind"]', '建议');
    await page.locator('.search-results > li h2 a').first().waitFor();
    expect(new URL(page.url()).searchParams.get('kind')).toBe('建议');
    const hrefs = await page.locator('.search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(2);
    for (const h of hrefs) expect(h).toMatch(/^\/replies\/\d{4}\/\d{4}-jy/);
    // Newest first, from the order of the index alone (no sort list is shipped).
    const dates = hrefs.map((h) => JSON.parse(fs.readFileSync(path.join(distDir, h!, 'record.json'), 'utf8')).date as string);
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort().reverse());
    await page.close();
  });

  it('is usable with the keyboard alone: header box → results → measure', async () => {
    const page = await open('/');
    await tabTo(page, '#site-search-q');
    await page.keyboard.type('科技特派员');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=*');
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=科技特派员');
    await page.locator('.search-results > li h2 a').first().waitFor();
    await tabTo(page, `.search-results h2 a[href^="${seed}"]`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${seed}#m2-3`);
    await page.close();
  });

  it('attempted no request to any other host', () => {
    expect(site.offSite).toEqual([]);
  });
});

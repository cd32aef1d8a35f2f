/**
 * What the office changed (tests/site/fixture-changes.ts), in Chromium over the public build: the
 * corrected value found by search and its filter, held-back and withdrawn letters found by none,
 * the withdrawn letter's notice, the replaced letter's versions opened from its page, downloads
 * saved under the letter's name, the digest wrapping on a phone, and axe-core (WCAG 2.2 AA) on
 * each of these pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { cannotSearch, letterOf, searchSite } from './search-page.ts';
import { contentLetters } from '../site/fixture.ts';
import { CORRECTED, HELD_BACK_LETTERS, VERSIONED, WITHDRAWN } from '../site/fixture-changes.ts';

const letter = (id: string, folder: 'replies' | 'withdrawn' = 'replies') => contentLetters(folder).find((l) => l.record.id === id)!;

describe.skipIf(cannotSearch)('the office’s changes in Chromium', { timeout: 180_000 }, () => {
  const site = searchSite();
  const corrected = letter(CORRECTED.id);
  const versioned = letter(VERSIONED.id);
  const withdrawn = letter(WITHDRAWN.id, 'withdrawn');

  it('finds the corrected 签发人 by search, and the letter under its corrected 答复类别', async () => {
    const { all } = await site.search('周立新');
    expect(all.map(letterOf)).toEqual([corrected.url]);
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/?category=B`);
    await page.waitForSelector('archive-search[data-state="done"]');
    const b = await page.locator('.search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(b.map(letterOf)).toContain(corrected.url);
    await page.goto(`${site.origin}/search/?category=A`);
    await page.waitForSelector('archive-search[data-state="done"]');
    const a = await page.locator('.search-results > li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(a.map(letterOf)).not.toContain(corrected.url);
    await page.close();
  });

  it('finds no held-back or withdrawn letter, by its words or its number', async () => {
    const gone = [...HELD_BACK_LETTERS.map((h) => letter(h.id)), withdrawn];
    for (const l of gone) {
      const lead = l.record.sections[0].measures[0]?.lead ?? l.record.proposalTitle!;
      for (const q of [`"${lead.slice(0, 12)}"`, l.record.docNumber!, l.record.proposalTitle!]) {
        const { all } = await site.search(q);
        const urls = all.map(letterOf);
        expect(urls, `${l.record.id}: ${q}`).not.toContain(l.url);
        if (q.startsWith('"')) expect(urls, `${l.record.id}: ${q}`).toEqual([]);
      }
    }
  });

  it('answers the withdrawn letter’s URL with its notice, not for robots, accessible', async () => {
    const page = await site.context.newPage();
    const res = await page.goto(site.origin + withdrawn.url);
    expect(res!.status()).toBe(200);
    expect(await page.locator('main').innerText()).toContain('本函已于 2025年10月8日 撤回。');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('leads from the replaced letter’s note to its earlier versions, each of which opens', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + versioned.url);
    await page.getByRole('link', { name: '查看更正前的版本' }).click();
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('versions');
    const hrefs = await page.locator('ul.versions a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toHaveLength(6);
    for (const h of hrefs) expect((await page.request.get(site.origin + h)).status(), h).toBe(200);
    const v1 = await page.request.get(`${site.origin}${versioned.url}v1/record.json`);
    expect((await v1.json()).id).toBe(VERSIONED.id);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('saves a download under the letter’s name, the original’s bytes', async () => {
    const page = await site.context.newPage();
    await page.goto(site.origin + corrected.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.downloads a[download$=".txt"]').first().click()]);
    expect(download.suggestedFilename()).toBe(`${CORRECTED.id}.txt`);
    const saved = fs.readFileSync((await download.path())!);
    expect(saved.equals(fs.readFileSync(path.join(path.dirname(corrected.file), corrected.record.sourceFile)))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('wraps the unfolded SHA-256 on a 375 px screen: no sideways scrolling', async () => {
    const page = await site.context.newPage();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(site.origin + versioned.url);
    for (const summary of await page.locator('details.sha > summary').all()) await summary.click();
    const code = page.locator('details.sha code').first();
    expect(await code.isVisible()).toBe(true);
    const { scroll, client, right } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
      right: Math.max(...[...document.querySelectorAll('details.sha code')].map((c) => c.getBoundingClientRect().right)),
    }));
    expect(scroll).toBeLessThanOrEqual(client);
    expect(right).toBeLessThanOrEqual(client);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

/**
 * The intranet archive (`ARCHIVE_AUDIENCE=internal`, tests/site/internal-build.ts) in Chromium:
 * the letters the public site holds back are searchable there, each result and page marked
 * `… · 仅限内部`, under the banner; its pages pass axe-core (WCAG 2.2 AA).
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumPath } from './browser.ts';
import { servedBuild } from './served-build.ts';
import { letterOf } from './search-page.ts';
import { heldBackLetters } from '../site/fixture.ts';
import { buildInternalSite, internalDist } from '../site/internal-build.ts';
import { site as siteText } from '../../src/i18n/zh-CN.ts';

describe.skipIf(!fs.existsSync(chromiumPath))('the intranet archive in Chromium', { timeout: 180_000 }, () => {
  beforeAll(() => {
    buildInternalSite();
  }, 600_000);
  const site = servedBuild(internalDist);

  for (const held of heldBackLetters()) {
    it(`finds ${held.record.id} by its words, marked 仅限内部, and shows its page under the banner`, async () => {
      const mark = `${held.record.disclosure} · 仅限内部`;
      const page = await site.context.newPage();
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(`"${held.record.proposalTitle!}"`)}`);
      await page.waitForSelector('archive-search[data-state="done"]');
      const first = page.locator('.search-results > li').first();
      expect(letterOf((await first.locator('h2 a').getAttribute('href'))!)).toBe(held.url);
      expect(await first.locator('.number').textContent()).toContain(mark);
      await first.locator('h2 a').click();
      await page.waitForURL(`**${held.url}*`);
      expect(await page.locator('.letter-notes .internal-mark').textContent()).toBe(mark);
      expect(await page.locator('.audience-banner').textContent()).toBe(siteText.internalBanner);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('marks them in the browse lists, accessibly', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/browse/year/${heldBackLetters()[0].year}/`);
    expect(await page.locator('tr[data-letter] .internal-mark').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

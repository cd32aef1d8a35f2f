/**
 * In Chromium: a reader follows a term from one letter's measure to its page, and from there to
 * another letter's measure that names it too.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumPath, launchChromium } from './browser.ts';
import { distDir } from '../site/paths.ts';
import { serve } from './static-server.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(distDir);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(!fs.existsSync(chromiumPath) && !process.env.CI)('cross-links in Chromium', () => {
  it('follows 揭榜挂帅 from the qinglan letter to the seed letter’s measure', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/replies/2024/2024-ta9-3-0127/#m3-2`);
    await page.locator('.measure:has(h3#m3-2) .term-links a', { hasText: '揭榜挂帅' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('揭榜挂帅');
    await page.locator('section[data-letter="2025-ta5-4-0361"] li[data-anchor="m1-4"] a').click();
    await expect.poll(() => page.url()).toBe(`${server.origin}/replies/2025/2025-ta5-4-0361/#m1-4`);
    expect(await page.locator('h3#m1-4 .lead').textContent()).toContain('组建创新联合体');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('m1-4');
    await page.close();
  });
});

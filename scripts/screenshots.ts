/**
 * `npm run screenshots -- --dist DIR`: the README's pictures of a built archive, taken with the
 * same headless Chromium the browser tests use: a letter page and a search for 科技特派员.
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { serve } from '../tests/e2e/static-server.ts';
import { launchChromium } from '../tests/e2e/browser.ts';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'docs/screenshots' } },
});
const server = await serve(path.resolve(values.dist));
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
  await page.goto(`${server.origin}/replies/2025/2025-ta5-4-0361/#m2-3`);
  await page.screenshot({ path: path.join(values.out, 'letter.png') });
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent('科技特派员')}`);
  await page.locator('.search-results li').first().waitFor({ timeout: 60_000 });
  await page.screenshot({ path: path.join(values.out, 'search.png') });
  console.log(`wrote ${values.out}/letter.png, ${values.out}/search.png`);
} finally {
  await browser.close();
  await server.close();
}

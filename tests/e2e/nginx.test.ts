/**
 * Deployment under a base path: the fixture site built with `ARCHIVE_BASE=/jyta/`, served by a
 * real nginx with deploy/nginx.conf: its files carry the right types, caching and compression, and
 * in Chromium the seed letter opens, a Chinese search lands on the seed's measure #m2-3 and a
 * GB18030 original's view copy reads as Chinese, nothing loaded from elsewhere. That the build keeps every link inside /jyta/ is base-path.test.ts.
 *
 * nginx is Debian's /usr/sbin/nginx (`NGINX_PATH` to override): without it the nginx part is
 * skipped, except under CI, where it must run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumPath, guardedContext, launchChromium } from './browser.ts';
import { base, baseDist, buildBaseSite, prefix, webRoot } from './nginx/base-build.ts';
import { nginxPath, startNginx } from './nginx/nginx-server.ts';
import { root } from '../site/paths.ts';

const seed = `${base}replies/2025/2025-ta5-4-0361/`;
const immutable = 'public, max-age=31536000, immutable';
const short = 'public, max-age=300';

/** Why a part must be skipped here, or '' to run it (in CI nothing is skipped). */
const missing = (what: string, file: string) =>
  !fs.existsSync(file) && !process.env.CI
    ? `${what} not found at ${file} (install it, e.g. apt-get install ${what === 'nginx' ? 'nginx-light' : 'chromium'})`
    : '';
const noNginx = missing('nginx', nginxPath);
const noChromium = missing('chromium', chromiumPath);
if (noNginx) console.warn(`tests/e2e/nginx.test.ts: skipping the nginx tests: ${noNginx}`);

beforeAll(() => {
  buildBaseSite();
});

describe.skipIf(!!noNginx)(noNginx ? `nginx (skipped: ${noNginx})` : 'nginx with deploy/nginx.conf', () => {
  let server: Awaited<ReturnType<typeof startNginx>>;
  /** The Pagefind files of the build, by kind. */
  // Fragments and word chunks sit one folder deeper (`fragment/<tag>/<n>.pf_fragment`).
  const pagefind = (dir: string, re: RegExp) =>
    fs
      .readdirSync(path.join(baseDist, 'pagefind', dir), { recursive: true })
      .map(String)
      .filter((f) => re.test(f));

  beforeAll(async () => {
    // Probes for the rules the fixture build has no file for: a plain .wasm and an /_astro/ asset.
    fs.mkdirSync(path.join(webRoot, 'probe/_astro'), { recursive: true });
    fs.writeFileSync(path.join(webRoot, 'probe/module.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    fs.writeFileSync(path.join(webRoot, 'probe/_astro/page.Ab12Cd34.css'), 'body{color:#000}\n'.repeat(100));
    server = await startNginx(prefix);
  });

  afterAll(async () => {
    await server?.close();
  });

  const get = (p: string, headers: Record<string, string> = {}) =>
    fetch(server.origin + p, { headers: { 'accept-encoding': 'gzip', ...headers }, redirect: 'manual' });

  it('serves the seed letter as UTF-8 HTML, gzipped, with a short cache', async () => {
    const r = await get(seed);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('cache-control')).toBe(short);
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toContain('鄂建提复字〔2025〕333号');
  });

  it('serves .wasm as application/wasm, and Pagefind’s own (pre-compressed) wasm bundle as binary', async () => {
    const probe = await get('/probe/module.wasm');
    expect(probe.status).toBe(200);
    expect(probe.headers.get('content-type')).toBe('application/wasm');
    const [wasm] = fs.readdirSync(path.join(baseDist, 'pagefind')).filter((f) => /^wasm\..+\.pagefind$/.test(f));
    expect(wasm).toBeDefined();
    const r = await get(`${base}pagefind/${wasm}`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/octet-stream');
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(r.headers.get('cache-control')).toBe(short);
  });

  it('caches hashed files for a year: Pagefind fragments, indexes, filters, meta; /_astro/ assets', async () => {
    const hashed = [
      ...pagefind('fragment', /\.pf_fragment$/)
        .slice(0, 2)
        .map((f) => `fragment/${f}`),
      ...pagefind('index', /\.pf_index$/)
        .slice(0, 2)
        .map((f) => `index/${f}`),
      ...pagefind('filter', /\.pf_filter$/)
        .slice(0, 2)
        .map((f) => `filter/${f}`),
      ...pagefind('.', /\.pf_meta$/),
    ];
    expect(hashed.filter((f) => f.endsWith('.pf_meta'))).toHaveLength(1);
    expect(hashed.length).toBeGreaterThanOrEqual(7);
    for (const f of hashed) {
      const r = await get(`${base}pagefind/${f}`);
      expect(r.status, f).toBe(200);
      expect(r.headers.get('content-type'), f).toBe('application/octet-stream');
      expect(r.headers.get('cache-control'), f).toBe(immutable);
      expect(r.headers.get('content-encoding'), f).toBeNull(); // Pagefind compressed them already
    }
    const astro = await get('/probe/_astro/page.Ab12Cd34.css');
    expect(astro.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(astro.headers.get('cache-control')).toBe(immutable);
    expect(astro.headers.get('content-encoding')).toBe('gzip');
    // Pagefind's entry and loader are not hashed: short cache.
    for (const f of ['pagefind.js', 'pagefind-entry.json']) {
      expect((await get(`${base}pagefind/${f}`)).headers.get('cache-control'), f).toBe(short);
    }
    expect((await get(`${base}pagefind/pagefind.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves source downloads as text/plain; charset=utf-8 and records as JSON', async () => {
    // The seed is archived from its .docx twin; heting's letter has only a .txt.
    const txt = await get(`${base}replies/2023/2023-ta3-2-0064/source.txt`);
    expect(txt.status).toBe(200);
    expect(txt.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await txt.text()).toContain('望政提复〔2023〕14号');
    const rec = await get(`${seed}record.json`);
    expect(rec.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await rec.json()).id).toBe('2025-ta5-4-0361');
    const all = await get(`${base}records.json`);
    expect(all.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(all.headers.get('content-encoding')).toBe('gzip');
  });

  it('answers unknown paths with the site’s own 404 page, not cached', async () => {
    const r = await get(`${base}replies/2099/no-such-letter/`);
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-cache');
    const body = await r.text();
    expect(body).toContain('lang="zh-CN"');
    expect(body).toContain('页面不存在');
    expect(body).toContain(`href="${base}"`);
  });

  it('redirects a folder without its slash, relative to the host it was asked on', async () => {
    const r = await get(`${base}browse`);
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(`${base}browse/`);
  });

  describe.skipIf(!!noChromium)(noChromium ? `in Chromium (skipped: ${noChromium})` : 'in Chromium', () => {
    let browser: Browser;
    let context: BrowserContext;
    const offSite: string[] = [];
    const failed: string[] = [];
    const requested: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      context = await guardedContext(browser, (url) => url.origin === server.origin, offSite);
      context.on('request', (req) => {
        requested.push(new URL(req.url()).pathname);
      });
      context.on('response', (res) => {
        if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
      });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('opens the seed letter under the base: its 文号, downloads and links', async () => {
      const page = await context.newPage();
      const res = await page.goto(server.origin + seed);
      expect(res!.status()).toBe(200);
      expect(await page.locator('dd[data-field="docNumber"]').textContent()).toBe('鄂建提复字〔2025〕333号');
      const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const h of hrefs) expect(h.startsWith('#') || h.startsWith(base), h).toBe(true);
      await page.close();
    });

    it('searches 科技特派员 with Pagefind from /jyta/pagefind/ and lands on the seed measure #m2-3', async () => {
      const page = await context.newPage();
      await page.goto(`${server.origin}${base}search/?q=${encodeURIComponent('科技特派员')}`);
      const hit = page.locator(`.search-results > li h2 a[href^="${seed}"]`);
      await hit.waitFor();
      expect(await hit.getAttribute('href')).toBe(`${seed}#m2-3`);
      await hit.click();
      await page.waitForURL(`**${seed}#m2-3`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('m2-3');
      expect(await page.locator('#m2-3').isVisible()).toBe(true);
      await page.close();
      const pf = requested.filter((p) => p.includes('/pagefind/'));
      expect(pf).toContain(`${base}pagefind/pagefind.js`);
      expect(pf.some((p) => p.endsWith('.pf_fragment'))).toBe(true);
      for (const p of pf) expect(p.startsWith(`${base}pagefind/`), p).toBe(true);
    });

    it('shows a GB18030 original’s view copy as Chinese, the download staying the original', async () => {
      const letter = `${base}replies/2026/2026-jy20-5-12/`;
      const page = await context.newPage();
      await page.goto(`${server.origin}${letter}v1/source.utf8.txt`);
      expect(await page.locator('body').innerText()).toContain('渔船 1420 艘');
      await page.close();
      const original = await get(`${letter}v1/source.txt`);
      expect(original.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(
        Buffer.from(await original.arrayBuffer()).equals(fs.readFileSync(path.join(root, 'tests/fixtures/wuyu-xzf-12.gb18030.txt'))),
      ).toBe(true);
    });

    it('requested nothing outside the base path, from no other host, and got no error response', () => {
      expect(requested.length).toBeGreaterThan(0);
      for (const p of requested) expect(p.startsWith(base), p).toBe(true);
      expect(offSite).toEqual([]);
      expect(failed).toEqual([]);
    });
  });
});

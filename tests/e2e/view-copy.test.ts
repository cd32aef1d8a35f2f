/**
 * A GB18030 original opened in Chromium: the download is the original, byte for byte, which a
 * host labelling `.txt` as UTF-8 shows garbled; its view copy (`source.utf8.txt`, UTF-8 after a
 * BOM) shows the Chinese text on every host — the tests' static server (charset=utf-8), a host
 * that names no charset, and `astro preview`. nginx (deploy/nginx.conf) is in nginx.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { chromiumPath, guardedContext, launchChromium } from './browser.ts';
import { serve } from './static-server.ts';
import { contentDir, distDir, root } from '../site/paths.ts';
import { VERSIONED } from '../site/fixture-changes.ts';

const url = `/replies/2026/${VERSIONED.id}/`;

/** `astro preview` of the fixture build on a free port; resolves once it answers. */
async function astroPreview(): Promise<{ origin: string; child: ChildProcess }> {
  const port = await new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
  const child = spawn(
    path.join(root, 'node_modules/.bin/node'),
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, ARCHIVE_CONTENT: contentDir, ARCHIVE_OUT: distDir, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'ignore',
    },
  );
  const origin = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((r) => setTimeout(r, 200))) {
    if (child.exitCode !== null) throw new Error(`astro preview exited ${child.exitCode}`);
    if (
      await fetch(origin + url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { origin, child };
  }
  child.kill();
  throw new Error('astro preview did not answer');
}

describe.skipIf(!fs.existsSync(chromiumPath))('a GB18030 original in Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let context: BrowserContext;
  const offSite: string[] = [];
  const hosts: Record<string, string> = {};
  const closers: (() => unknown)[] = [];

  beforeAll(async () => {
    const utf8 = await serve(distDir);
    const bare = await serve(distDir, { types: { '.txt': 'text/plain' } });
    const preview = await astroPreview();
    closers.push(utf8.close, bare.close, () => preview.child.kill());
    Object.assign(hosts, { 'charset=utf-8': utf8.origin, 'no charset': bare.origin, 'astro preview': preview.origin });
    browser = await launchChromium();
    context = await guardedContext(browser, (u) => u.hostname === '127.0.0.1', offSite);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    for (const close of closers) await close();
    expect(offSite).toEqual([]);
  });

  const shown = async (origin: string, file: string) => {
    const page = await context.newPage();
    const res = await page.goto(origin + url + file);
    expect(res!.status(), file).toBe(200);
    const t = await page.locator('body').innerText();
    await page.close();
    return t;
  };

  it.each(['charset=utf-8', 'no charset', 'astro preview'])('shows the view copy as Chinese (%s)', async (host) => {
    const origin = hosts[host];
    const v1 = await shown(origin, 'v1/source.utf8.txt');
    expect(v1).toContain('雾屿县人民政府');
    expect(v1).toContain('渔船 1420 艘');
    expect(await shown(origin, 'source.utf8.txt')).toContain('渔船 1432 艘');
  });

  it('links the view copy from the letter’s page, and keeps the download the original', async () => {
    const page = await context.newPage();
    await page.goto(hosts['charset=utf-8'] + url);
    await page.getByRole('link', { name: '在浏览器中打开原文（文本）' }).first().click();
    await page.waitForURL(`**${url}source.utf8.txt`);
    expect(await page.locator('body').innerText()).toContain('雾屿县人民政府');
    await page.close();
    // What the view copy is for: the original itself, labelled UTF-8, is not readable.
    expect(await shown(hosts['charset=utf-8'], 'v1/source.txt')).not.toContain('雾屿县');
    const original = await fetch(`${hosts['charset=utf-8']}${url}v1/source.txt`).then((r) => r.arrayBuffer());
    expect(Buffer.from(original).equals(fs.readFileSync(path.join(root, VERSIONED.original)))).toBe(true);
  });
});

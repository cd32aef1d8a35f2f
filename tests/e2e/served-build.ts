/**
 * Test helper: the fixture build served on 127.0.0.1 (static-server.ts) and Chromium in a context
 * that lets requests reach that server only. Every request to another host is blocked and
 * recorded, and the tests fail if one was attempted.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { guardedContext, launchChromium } from './browser.ts';
import { distDir } from '../site/paths.ts';
import { serve, type ServeOptions } from './static-server.ts';

export interface ServedBuild {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  context: BrowserContext;
  /** The URLs on other hosts that pages asked for, each blocked. */
  offSite: string[];
}

/**
 * For the calling file or describe block: serves the build (the fixture build, or `dir` with
 * `options`) and starts Chromium before its tests,
 * closes both after them and fails if a page asked another host. The object it returns is filled
 * in before the first test.
 */
export function servedBuild(dir = distDir, options: ServeOptions = {}): ServedBuild {
  const served: ServedBuild = { origin: '', context: undefined as unknown as BrowserContext, offSite: [] };
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(dir, options);
    served.origin = server.origin;
    browser = await launchChromium();
    served.context = await guardedContext(browser, (url) => url.hostname === '127.0.0.1', served.offSite);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    expect(served.offSite, 'requests to other hosts').toEqual([]);
  });
  return served;
}

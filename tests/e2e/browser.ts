/**
 * Debian's Chromium for the browser tests and benchmarks, started the way this machine needs
 * (headless, no sandbox as root, no background networking to hosts that cannot be reached), and
 * contexts that let requests reach only the site under test.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Starts headless Chromium. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A context in which every request `allowed` refuses is aborted and its URL pushed to `blocked`. */
export async function guardedContext(browser: Browser, allowed: (url: URL) => boolean, blocked: string[]): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (allowed(url)) return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  return context;
}

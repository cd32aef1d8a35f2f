/** Keyboard-only steps for the browser tests. */
import type { Page } from 'playwright-core';

/** Presses Tab until `selector` has focus (at most `max` times). */
export async function tabTo(page: Page, selector: string, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

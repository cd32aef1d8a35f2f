/**
 * Test helper for the search tests: the fixture build in Chromium (served-build.ts), its letters'
 * rendered text, and searches as a user makes them: one by its URL, or many in one open page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { chromiumPath } from './browser.ts';
import { distDir } from '../site/paths.ts';
import { servedBuild, type ServedBuild } from './served-build.ts';
import { loadLetters, type BenchLetter } from '../../scripts/bench-search/truth.ts';

export const seed = '/replies/2025/2025-ta5-4-0361/';
/** The search tests need Chromium and a build with its key index. */
export const cannotSearch = !fs.existsSync(chromiumPath) || !fs.existsSync(path.join(distDir, 'search/keys'));

export interface Hit {
  href: string;
  match: string;
  number: string;
}

/** A result URL's letter: its page, without the measure's anchor. */
export const letterOf = (u: string) => u.replace(/#.*$/, '');

export interface SearchSite extends ServedBuild {
  /** The fixture letters, each with its rendered text. */
  letters: BenchLetter[];
  search(q: string): Promise<{ hits: Hit[]; all: string[]; status: string }>;
  searchMany(qs: string[]): Promise<string[][]>;
  holding(s: string): string[];
  expectExactFirst(q: string, s?: string): Promise<void>;
}

/** For the calling describe block: the served build in Chromium (`servedBuild()`) and the searches over it. */
export function searchSite(): SearchSite {
  const site: SearchSite = Object.assign(servedBuild(), { letters: [] as BenchLetter[], search, searchMany, holding, expectExactFirst });
  beforeAll(() => {
    site.letters = loadLetters(distDir);
  });

  /** Opens `/search/?q=…`, waits for the results; the listed hits and every result URL in order. */
  async function search(q: string): Promise<{ hits: Hit[]; all: string[]; status: string }> {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForSelector('archive-search[data-state="done"]');
    const r = await page.evaluate(async () => {
      const el = document.querySelector('archive-search') as HTMLElement & { allUrls(): Promise<string[]> };
      const hits = [...el.querySelectorAll<HTMLLIElement>('.search-results > li:not(.more)')].map((li) => ({
        href: li.querySelector('h2 a')!.getAttribute('href')!,
        match: li.dataset.match!,
        number: li.querySelector('.number')?.textContent ?? '',
      }));
      return { hits, all: await el.allUrls(), status: el.querySelector('.search-status')!.textContent! };
    });
    await page.close();
    return r;
  }

  /** Runs each query in one open search page (as bench-search does); every result URL of each, in order. */
  async function searchMany(qs: string[]): Promise<string[][]> {
    const page = await site.context.newPage();
    await page.goto(`${site.origin}/search/`);
    await page.waitForSelector('archive-search[data-state="ready"]');
    const out = await page.evaluate(async (qs) => {
      const el = document.querySelector('archive-search') as HTMLElement & { allUrls(): Promise<string[]> };
      const input = el.querySelector<HTMLInputElement>('input[name="q"]')!;
      const all: string[][] = [];
      for (const q of qs) {
        input.value = q;
        el.dataset.state = 'loading';
        el.querySelector('form')!.requestSubmit();
        while (el.dataset.state !== 'done') await new Promise((r) => setTimeout(r, 5));
        all.push(await el.allUrls());
      }
      return all;
    }, qs);
    await page.close();
    return out;
  }

  /** The fixture letters whose rendered text holds `s`. */
  function holding(s: string): string[] {
    return site.letters
      .filter((l) => l.text.includes(s))
      .map((l) => l.url)
      .sort();
  }

  /** Every letter holding `q` is found, and they all come before any letter that does not. */
  async function expectExactFirst(q: string, s = q): Promise<void> {
    const want = holding(s);
    expect(want.length).toBeGreaterThan(0);
    const { all } = await search(q);
    const got = all.map(letterOf);
    expect(got.slice(0, want.length).sort()).toEqual(want);
  }

  return site;
}

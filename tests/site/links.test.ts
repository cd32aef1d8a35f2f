/**
 * Site-wide checks over every HTML file of the fixture build: no internal link or resource points
 * to a file or fragment that does not exist; nothing references another origin; every page is
 * `lang="zh-CN"` with a skip link; scripts appear only on the search page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { $, $$, fileFor, htmlFiles, page } from './html.ts';
import { distDir } from './paths.ts';
import { fixtureLetters } from './fixture.ts';

const files = htmlFiles();
const pages = new Map(files.map((f) => [f, page(f)]));

/** The site path of an HTML file, as links name it (`/a/index.html` → `/a/`). */
const urlOf = (f: string) => f.replace(/index\.html$/, '');

describe('site links', () => {
  it('builds the expected kinds of page', () => {
    for (const p of ['/index.html', '/404.html', '/search/index.html', '/browse/index.html', '/open-data/index.html']) {
      expect(files).toContain(p);
    }
  });

  it('every internal link and resource exists, fragments included', () => {
    const broken: string[] = [];
    for (const [f, doc] of pages) {
      const refs = [
        ...$$(doc, '[href]').map((n) => n.attributes.href),
        ...$$(doc, '[src]').map((n) => n.attributes.src),
        ...$$(doc, 'form[action]').map((n) => n.attributes.action),
        // Files the search page loads when a field is first used (src/pages/search.astro).
        ...$$(doc, '[data-options]').map((n) => n.attributes['data-options']),
      ];
      for (const ref of refs) {
        if (ref.startsWith('data:')) continue;
        const url = new URL(ref, `http://127.0.0.1${urlOf(f)}`);
        if (url.origin !== 'http://127.0.0.1') {
          broken.push(`${f}: off-site ${ref}`);
          continue;
        }
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${f}: ${ref}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          const doc2 = pages.get('/' + target.split('/dist/')[1]) ?? page(url.pathname);
          if (!$$(doc2, '[id]').some((n) => n.attributes.id === id)) broken.push(`${f}: ${ref} (no #${id})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page is zh-CN, has a skip link to #main, and no script except on the search page', () => {
    for (const [f, doc] of pages) {
      expect($(doc, 'html')!.attributes.lang, f).toBe('zh-CN');
      expect($(doc, 'a.skip-link')!.attributes.href, f).toBe('#main');
      expect($(doc, '#main'), f).toBeDefined();
      const scripts = $$(doc, 'script');
      if (f === '/search/index.html') expect(scripts.length).toBe(1);
      else expect(scripts, f).toHaveLength(0);
    }
  });

  it('Pagefind indexed every letter, and only letters, as Chinese', () => {
    const entry = JSON.parse(fs.readFileSync(path.join(distDir, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(fixtureLetters().length);
  });

  it('every form control is labelled', () => {
    for (const [f, doc] of pages) {
      const labelled = new Set($$(doc, 'label[for]').map((l) => l.attributes.for));
      for (const input of $$(doc, 'input')) {
        expect(labelled.has(input.attributes.id) || input.attributes['aria-label'], `${f} input#${input.attributes.id}`).toBeTruthy();
      }
    }
  });
});

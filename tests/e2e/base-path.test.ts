/**
 * The fixture site built with `ARCHIVE_BASE=/jyta/` (tests/e2e/nginx/base-build.ts) keeps every
 * link, resource and form inside /jyta/, each pointing at a file that is there: the pages, the
 * open-data index, the search element, its script, Pagefind's bundle and the unit options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'ultrahtml';
import { $, $$, text } from '../site/html.ts';
import { fixtureLetters } from '../site/fixture.ts';
import { base, baseDist, buildBaseSite } from './nginx/base-build.ts';

beforeAll(() => {
  buildBaseSite();
});

/** Every file of the base-path build, as URL paths under the base. */
function siteFiles(): string[] {
  return fs
    .readdirSync(baseDist, { recursive: true, encoding: 'utf8' })
    .filter((f) => fs.statSync(path.join(baseDist, f)).isFile())
    .map((f) => base + f.split(path.sep).join('/'))
    .sort();
}

/** The file a URL path of the base-path site is served from, or null. */
function fileAt(urlPath: string): string | null {
  if (!urlPath.startsWith(base)) return null;
  const f = path.join(baseDist, decodeURIComponent(urlPath.slice(base.length)));
  if (urlPath.endsWith('/')) return fs.existsSync(path.join(f, 'index.html')) ? path.join(f, 'index.html') : null;
  return fs.existsSync(f) && fs.statSync(f).isFile() ? f : null;
}

describe(`site built with ARCHIVE_BASE=${base}`, () => {
  it('has every link, src and form action inside the base path, each pointing at a file (and fragment) that exists', () => {
    const pages = siteFiles().filter((f) => f.endsWith('.html'));
    expect(pages).toContain(`${base}index.html`);
    expect(pages).toContain(`${base}404.html`);
    const outside: string[] = [];
    const broken: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const doc = parse(fs.readFileSync(fileAt(p)!, 'utf8'));
      const refs = [
        ...$$(doc, '[href]').map((n) => n.attributes.href),
        ...$$(doc, '[src]').map((n) => n.attributes.src),
        ...$$(doc, '[action]').map((n) => n.attributes.action),
        ...$$(doc, '[srcset]').flatMap((n) => n.attributes.srcset.split(',').map((s: string) => s.trim().split(/\s+/)[0])),
        ...$$(doc, 'style').flatMap((n) => [...text(n).matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1])),
      ];
      for (const ref of refs) {
        if (ref.startsWith('data:')) continue;
        checked++;
        // Absolute paths must name the base themselves; relative ones must resolve inside it.
        if (ref.startsWith('/') && !ref.startsWith(base)) {
          outside.push(`${p}: ${ref}`);
          continue;
        }
        const url = new URL(ref, `http://127.0.0.1${p.replace(/index\.html$/, '')}`);
        if (url.origin !== 'http://127.0.0.1' || !url.pathname.startsWith(base)) {
          outside.push(`${p}: ${ref}`);
          continue;
        }
        const target = fileAt(url.pathname);
        if (!target) {
          broken.push(`${p}: ${ref}`);
          continue;
        }
        if (url.hash && target.endsWith('.html')) {
          const id = decodeURIComponent(url.hash.slice(1));
          const html = fs.readFileSync(target, 'utf8');
          if (!$$(parse(html), '[id]').some((n) => n.attributes.id === id)) broken.push(`${p}: ${ref} (no #${id})`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
  });

  it('lists every letter in records.json with page, record and source URLs under the base', () => {
    const records = JSON.parse(fs.readFileSync(path.join(baseDist, 'records.json'), 'utf8')) as Record<string, string>[];
    expect(records.length).toBe(fixtureLetters().length);
    for (const r of records) {
      for (const key of ['page', 'record', 'source']) {
        expect(r[key], `${r.id} ${key}`).toMatch(new RegExp(`^${base}replies/`));
        expect(fileAt(r[key]), `${r.id} ${key} ${r[key]}`).not.toBeNull();
      }
    }
  });

  it('tells the search element its base, loads its script, Pagefind and the unit options from under it', () => {
    const doc = parse(fs.readFileSync(fileAt(`${base}search/`)!, 'utf8'));
    expect($(doc, 'archive-search')!.attributes['data-base']).toBe(base);
    const script = $(doc, 'script[type="module"]')!.attributes.src;
    expect(script).toMatch(new RegExp(`^${base}_astro/[^/]+\\.js$`));
    expect(fileAt(script)).not.toBeNull();
    expect($(doc, 'form[role="search"]')!.attributes.action).toBe(`${base}search/`);
    // The element imports `${data-base}pagefind/pagefind.js`: the bundle is there.
    expect(fileAt(`${base}pagefind/pagefind.js`)).not.toBeNull();
    expect(fileAt(`${base}pagefind/pagefind-entry.json`)).not.toBeNull();
    // The unit field loads its options from the URL it names: under the base, and there.
    const options = $(doc, 'input[data-filter="unit"]')!.attributes['data-options'];
    expect(options).toBe(`${base}search/filters/unit.json`);
    expect(fileAt(options)).not.toBeNull();
  });
});

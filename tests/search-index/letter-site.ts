/**
 * Test helper: a written site of letter pages made of the corpus letters' text, as the archive's
 * letter pages give them to Pagefind: a body, a title, two filters, a date sort, headings with
 * anchors, and navigation Pagefind must ignore. Dates are unique, over two years. Indexed by
 * Pagefind twice: all pages in one run, the reference, and in parts, as the build indexes them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findLetterPages, indexParts, planParts, type PartsReport } from '../../src/search-index/index-parts.ts';

const fixtures = path.resolve('tests/fixtures');

function letterPage(text: string, i: number): string {
  const paras = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = paras.map((p, j) => (j % 4 === 1 ? `<h3 id="m${j}">${p.slice(0, 12)}</h3><p>${p}</p>` : `<p>${p}</p>`)).join('\n');
  // Unique dates, two years: the sort order has no ties to break.
  const date = `${2024 + (i % 2)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`;
  return `<!doctype html><html lang="zh-CN"><head><title>${i}</title></head><body>
<article data-pagefind-body data-pagefind-sort="date:${date}">
<h1 data-pagefind-meta="title">答复函 ${i}</h1>
<span hidden data-pagefind-filter="kind:${i % 3 ? '建议' : '提案'}"></span><span hidden data-pagefind-filter="year:${date.slice(0, 4)}"></span>
${body}
<nav data-pagefind-ignore>不应被索引的导航文字</nav>
</article></body></html>`;
}

/** Writes the letter pages into `site` (`replies/<year>/letter-<i>/index.html`). */
function writeLetterSite(site: string): void {
  const texts = fs
    .readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(fixtures, f), 'utf8'))
    .filter((t) => !t.includes('\uFFFD'));
  texts.forEach((t, i) => {
    const year = 2024 + (i % 2);
    const file = path.join(site, 'replies', String(year), `letter-${i}`, 'index.html');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, letterPage(t, i));
  });
}

/** Pages per part of the letter site's index in parts. */
export const PART_PAGES = 3;

/** The letter site in a fresh temporary folder, indexed by Pagefind in one run and in parts of `PART_PAGES` pages. */
export interface IndexedLetterSite {
  tmp: string;
  /** Pagefind's own index of all pages in one run: the reference. */
  one: PartsReport;
  /** The same pages indexed in parts (`cache-many/`). */
  many: PartsReport;
}

/** Writes the letter site into `<tmp>/site` and indexes it into `<tmp>/cache-one` and `<tmp>/cache-many`. */
export async function indexLetterSite(prefix: string): Promise<IndexedLetterSite> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const site = path.join(tmp, 'site');
  writeLetterSite(site);
  const pages = findLetterPages(site);
  const one = await indexParts(site, [pages], path.join(tmp, 'cache-one'));
  const many = await indexParts(site, planParts(pages, PART_PAGES), path.join(tmp, 'cache-many'));
  return { tmp, one, many };
}

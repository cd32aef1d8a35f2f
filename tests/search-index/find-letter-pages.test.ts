/**
 * The letter pages the index is built from, as found in a written site: each with its date and
 * the digest of its bytes; a page without its date is an error naming it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findLetterPages } from '../../src/search-index/index-parts.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-pages-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function site(name: string, pages: Record<string, string>): string {
  const dir = path.join(tmp, name);
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const page = (date: string, text = '') =>
  `<html lang="zh-CN"><body><article data-pagefind-body data-pagefind-sort="date:${date}">${text}</article></body></html>`;

describe('findLetterPages', () => {
  it('lists letter pages in path order with their dates and digests, and nothing else', () => {
    // One page larger than the reading buffer's first size (1 MB).
    const big = page('2024-03-01', '答'.repeat(400_000));
    const dir = site('ok', {
      'replies/2025/b/index.html': page('2025-05-06'),
      'replies/2024/a/index.html': big,
      'replies/2025/a/index.html': page('2025-01-02', '科技'),
      'terms/x/index.html': page('2020-01-01'),
      'replies/2025/c/other.html': page('2020-01-01'),
      // A withdrawn letter's notice: a page at a letter's URL that is not for search.
      'replies/2025/d/index.html': '<html lang="zh-CN"><body><p>本函已于 2025年10月8日 撤回。</p></body></html>',
    });
    const digest = (s: string) => createHash('sha256').update(s).digest('hex');
    expect(findLetterPages(dir)).toEqual([
      { sourcePath: 'replies/2024/a/index.html', sortKey: '2024-03-01', digest: digest(big) },
      { sourcePath: 'replies/2025/a/index.html', sortKey: '2025-01-02', digest: digest(page('2025-01-02', '科技')) },
      { sourcePath: 'replies/2025/b/index.html', sortKey: '2025-05-06', digest: digest(page('2025-05-06')) },
    ]);
  });
  it.each([
    ['no date sort', '<html><body><article data-pagefind-body>答复</article></body></html>'],
    ['an empty date', page('')],
  ])('refuses a letter page with %s, naming it', (_, html) => {
    const dir = site(`bad-${html.length}`, { 'replies/2025/a/index.html': page('2025-01-01'), 'replies/2025/z/index.html': html });
    expect(() => findLetterPages(dir)).toThrow(/replies\/2025\/z\/index\.html: no data-pagefind-sort="date:…"/);
  });
  it('finds no pages in a site without letters', () => {
    expect(findLetterPages(site('empty', { 'index.html': '<html></html>' }))).toEqual([]);
  });
});

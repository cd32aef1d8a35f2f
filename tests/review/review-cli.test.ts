/**
 * `npm run review` over the ingested fixture letters: it writes the page, says what --since
 * selected, keeps only the letters written on or after that day and counts the withdrawn ones; a
 * malformed --since is refused; a letter whose frontmatter cannot be read stops it, naming the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/ingest/content-index.ts';
import { parseSince } from '../../src/review/load-review.ts';
import { $, $$, text } from '../site/html.ts';
import { parse } from 'ultrahtml';
import { edited, review, reviewedFixtures } from './reviewed-fixtures.ts';

const fixtures = reviewedFixtures();

describe('npm run review', () => {
  it('writes the page; --since keeps only letters whose MDX file was written on or after that day, and says so', () => {
    const withdrawn = path.join(fixtures.content, 'withdrawn/2024', `${edited.withdrawn}.mdx`);
    const old = new Date(2024, 5, 1, 12, 0);
    for (const f of [...fixtures.letters.map((l) => l.path), withdrawn]) fs.utimesSync(f, old, old);
    const fresh = fixtures.letters.filter((l) => [edited.replaced, '2023-ta3-2-0064'].includes(l.front.id));
    const sinceDay = new Date(2025, 0, 10, 0, 0, 30); // the first minute of 2025-01-10, local time
    for (const f of [...fresh.map((l) => l.path), withdrawn]) fs.utimesSync(f, sinceDay, sinceDay);
    const out = path.join(fixtures.content, 'review.html');

    const r = review('--content', fixtures.content, '--out', out, '--since', '2025-01-10');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 letters, 0 held back, 0 with warnings, 0 corrected, 1 replaced (1 withdrawn, not listed)');
    const page = parse(fs.readFileSync(out, 'utf8'));
    expect(
      $$(page, 'article')
        .map((a) => a.attributes['data-id'])
        .sort(),
    ).toEqual(['2023-ta3-2-0064', edited.replaced]);
    expect(text($(page, '.selection'))).toBe('列出 2025年1月10日 及以后写入的答复函：新入库、重新入库、替换或更正的');
    expect(text($(page, '.withdrawn'))).toBe('另有已撤回的答复函 1 封，不在本清单中列出。');

    const none = review('--content', fixtures.content, '--out', out, '--since', '2025-01-11');
    expect(none.stdout).toContain(': 0 letters');
    expect(text($(parse(fs.readFileSync(out, 'utf8')), 'main'))).toContain('没有符合条件的答复函。');
    const all = review('--content', fixtures.content, '--out', out);
    expect(all.status).toBe(0);
    const allPage = parse(fs.readFileSync(out, 'utf8'));
    expect($$(allPage, 'article')).toHaveLength(fixtures.letters.length);
    expect(text($(allPage, '.selection'))).toBe('列出内容目录中的全部答复函（未指定 --since，不按写入日期筛选）');
    // The MDX files are only read.
    expect(frontmatterOf(fs.readFileSync(fresh[0].path, 'utf8'))!.id).toBe(fresh[0].front.id);
  });

  it('refuses a malformed --since with a usage line, exit status 2', () => {
    for (const bad of ['2025-1-10', 'yesterday']) {
      const r = review('--content', fixtures.content, '--out', path.join(fixtures.content, 'x.html'), '--since', bad);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain('usage: npm run review');
    }
    expect(() => parseSince('2025-13-01')).toThrow(/YYYY-MM-DD/);
    expect(() => parseSince('2025-02-30')).toThrow(/YYYY-MM-DD/);
    expect(parseSince('2025-03-01').getTime()).toBe(new Date(2025, 2, 1).getTime());
    expect(fs.existsSync(path.join(fixtures.content, 'x.html'))).toBe(false);
  });

  it('refuses a content folder that does not exist, naming it', () => {
    const missing = path.join(fixtures.content, 'no-such-folder');
    const r = review('--content', missing, '--out', path.join(fixtures.content, 'y.html'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(`review: ${missing}: no such content folder`);
    expect(fs.existsSync(path.join(fixtures.content, 'y.html'))).toBe(false);
  });

  it.each([
    ['YAML it cannot read', (mdx: string) => mdx.replace(/^title: .*$/m, "title: 'unclosed"), /the frontmatter is not valid YAML/],
    [
      'a correction the schema refuses',
      (mdx: string) => mdx.replace(/^writtenSha256:/m, "corrections:\n  category: 'E'\nwrittenSha256:"),
      /the frontmatter does not match the record schema: corrections\.category: /,
    ],
  ])('stops at a letter with %s: one line naming the file, exit status 1, the page before left as it was', (_, spoil, message) => {
    const out = path.join(fixtures.content, 'kept.html');
    fs.writeFileSync(out, 'the page before');
    const letter = fixtures.letters.find((l) => l.front.id === '2023-ta3-2-0064')!;
    const good = fs.readFileSync(letter.path, 'utf8');
    fs.writeFileSync(letter.path, spoil(good));
    try {
      const r = review('--content', fixtures.content, '--out', out);
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(letter.path);
      expect(lines[0]).toMatch(message);
      expect(fs.readFileSync(out, 'utf8')).toBe('the page before');
      expect(fs.readdirSync(fixtures.content).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      fs.writeFileSync(letter.path, good);
    }
  });
});

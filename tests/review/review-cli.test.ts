/**
 * `npm run review` over the ingested fixture letters: it writes the page, --since keeps only the
 * newly modified letters, a malformed --since is refused.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/ingest/content-index.ts';
import { parseSince } from '../../src/review/load-review.ts';
import { NODE, ROOT, reviewedFixtures } from './reviewed-fixtures.ts';

const review = (...args: string[]) => spawnSync(NODE, [path.join(ROOT, 'scripts/review.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

const fixtures = reviewedFixtures();

describe('npm run review', () => {
  it('writes the page; --since keeps only letters whose MDX file was modified on or after that day', () => {
    const mdx = fixtures.letters.map((l) => l.path);
    const old = new Date(2024, 5, 1, 12, 0);
    for (const f of mdx) fs.utimesSync(f, old, old);
    const fresh = fixtures.letters.filter((l) => ['2025-ta5-4-0361', '2023-ta3-2-0064'].includes(l.front.id));
    const sinceDay = new Date(2025, 0, 10, 0, 0, 30); // the first minute of 2025-01-10, local time
    for (const l of fresh) fs.utimesSync(l.path, sinceDay, sinceDay);
    const out = path.join(fixtures.content, 'review.html');

    const r = review('--content', fixtures.content, '--out', out, '--since', '2025-01-10');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 letters');
    const page = fs.readFileSync(out, 'utf8');
    expect([...page.matchAll(/<article [^>]*data-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['2023-ta3-2-0064', '2025-ta5-4-0361']);
    expect(page).toContain('2025-01-10');

    expect(review('--content', fixtures.content, '--out', out, '--since', '2025-01-11').stdout).toContain('0 letters');
    const all = review('--content', fixtures.content, '--out', out);
    expect(all.status).toBe(0);
    expect((fs.readFileSync(out, 'utf8').match(/<article /g) ?? []).length).toBe(fixtures.letters.length);
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
});

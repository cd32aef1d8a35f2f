/**
 * Test helper: the fixture letters ingested into a fresh content folder, read for review and the
 * review page made of them; the HTML of one letter, and of one field of one letter, in that page.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { loadReviewLetters, type ReviewLetter } from '../../src/review/load-review.ts';
import { renderReview } from '../../src/review/render-review.ts';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const NODE = fs.existsSync(path.join(ROOT, 'node_modules/.bin/node')) ? path.join(ROOT, 'node_modules/.bin/node') : process.execPath;
/** When the review page is said to be made. */
export const generated = new Date(2026, 0, 15, 9, 30);

export interface ReviewedFixtures {
  /** The content folder the fixtures were ingested into. */
  content: string;
  letters: ReviewLetter[];
  /** The review page of all of them. */
  html: string;
}

/**
 * For the calling test file: before its tests, ingests tests/fixtures into a fresh content folder,
 * reads it for review and renders the page; after them, removes the folder. The object it returns
 * is filled in before the first test.
 */
export function reviewedFixtures(): ReviewedFixtures {
  const fixtures: ReviewedFixtures = { content: '', letters: [], html: '' };
  beforeAll(async () => {
    fixtures.content = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
    const r = spawnSync(NODE, [path.join(ROOT, 'src/ingest/cli.ts'), '--content', fixtures.content, path.join(ROOT, 'tests/fixtures')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(1); // the fixtures hold malformed files on purpose
    fixtures.letters = await loadReviewLetters(fixtures.content);
    fixtures.html = renderReview(fixtures.letters, { generated, contentDir: fixtures.content });
    return () => fs.rmSync(fixtures.content, { recursive: true, force: true });
  });
  return fixtures;
}

/** The part of the page for one letter, by id. */
export function articleOf(html: string, id: string): string {
  const m = new RegExp(`<article [^>]*data-id="${id}">[\\s\\S]*?</article>`).exec(html);
  if (!m) throw new Error(`no article for ${id}`);
  return m[0];
}

/** The HTML inside the `<dd>` of one field of one letter. */
export function fieldHtml(html: string, id: string, key: string): string {
  const m = new RegExp(
    `<div class="field" data-field="${key}"><dt>[\\s\\S]*?</dt><dd>([\\s\\S]*?)</dd></div>(?=<div class="field"|</dl></section>)`,
  ).exec(articleOf(html, id));
  if (!m) throw new Error(`no field ${key} for ${id}`);
  return m[1];
}

/**
 * Test helper: the fixture letters ingested with the real CLI into a fresh content folder, edited
 * as the editors do, and the review page `npm run review` writes of them; the HTML of one letter,
 * and of one field of one letter, in that page.
 *
 * One letter's original is a .docx (the others of its formats left out).
 * The editors' edits: a held-back letter ingested from a variant that prints 公开属性：依申请公开;
 * corrections (答复类别 C → B; 签发人 of a letter ingest found none in; 公开属性 → 依申请公开);
 * earlier versions as `--replace` keeps them (one letter with its kept files beside it, one
 * without); one letter withdrawn into `withdrawn/`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect } from 'vitest';
import { loadReviewLetters, type ReviewLetter } from '../../src/review/load-review.ts';
import { resealed } from '../site/reseal.ts';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const NODE = fs.existsSync(path.join(ROOT, 'node_modules/.bin/node')) ? path.join(ROOT, 'node_modules/.bin/node') : process.execPath;
/** When a review page made in a test (not by the CLI) is said to be made. */
export const generated = new Date(2026, 0, 15, 9, 30);

/** The letters the editors changed, by what they did. */
export const edited = {
  /** Ingested from a variant printing 公开属性：依申请公开 (and no 签发人). */
  printedHeld: '2024-jy14-2-1234',
  /** corrections: category C → B. */
  category: '2023-jy16-2-89',
  /** corrections: signer (ingest warned no 签发人). */
  signer: '2023-ta12-2-31',
  /** corrections: disclosure → 依申请公开. */
  correctedHeld: '2024-ta6-3-0302',
  /** versions: v1, replaced 2025-10-08, its files kept beside it. */
  replaced: '2025-ta5-4-0361',
  /** versions: v1 and v2, their files missing. */
  replacedTwice: '2026-ta8-5-0046',
  /** Moved to withdrawn/. */
  withdrawn: '2024-jy10-3-7',
} as const;

export interface ReviewedFixtures {
  /** The content folder the fixtures were ingested into. */
  content: string;
  letters: ReviewLetter[];
  /** The review page of all of them, as `npm run review` wrote it. */
  html: string;
}

/** Runs `npm run review` (scripts/review.ts) with these arguments. */
export const review = (...args: string[]) =>
  spawnSync(NODE, [path.join(ROOT, 'scripts/review.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

const ingest = (content: string, ...files: string[]) =>
  spawnSync(NODE, [path.join(ROOT, 'src/ingest/cli.ts'), '--content', content, ...files], { cwd: ROOT, encoding: 'utf8' });

/** The MDX file of a letter. */
export const mdxOf = (content: string, id: string) => path.join(content, 'replies', id.slice(0, 4), `${id}.mdx`);

/** Adds YAML lines to a letter's frontmatter, before its writtenSha256, as an editor (or --replace) does. */
function addToFront(file: string, yaml: string, reseal = false): void {
  const mdx = fs.readFileSync(file, 'utf8').replace(/^writtenSha256:/m, `${yaml.trimEnd()}\nwrittenSha256:`);
  fs.writeFileSync(file, reseal ? resealed(mdx) : mdx);
}

const version = (id: string, n: number, on: string, name: string) => `  - version: ${n}
    replacedOn: '${on}'
    sourceFile: '${id}.v${n}.source.txt'
    sourceName: '${name}'
    sourceSha256: '${String(n).repeat(64)}'
    recordFile: '${id}.v${n}.record.json'
    recordSha256: '${String(n + 1).repeat(64)}'`;

function edit(content: string): void {
  addToFront(mdxOf(content, edited.category), "corrections:\n  category: 'B'");
  addToFront(mdxOf(content, edited.signer), "corrections:\n  signer: '李华'");
  addToFront(mdxOf(content, edited.correctedHeld), "corrections:\n  disclosure: '依申请公开'");
  const r = edited.replaced;
  addToFront(mdxOf(content, r), `versions:\n${version(r, 1, '2025-10-08', 'seed-ordos-0361-初稿.txt')}`, true);
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/seed-ordos-0361.txt'), path.join(content, 'replies/2025', `${r}.v1.source.txt`));
  fs.writeFileSync(path.join(content, 'replies/2025', `${r}.v1.record.json`), '{}\n');
  const r2 = edited.replacedTwice;
  addToFront(
    mdxOf(content, r2),
    `versions:\n${version(r2, 1, '2026-07-01', '初稿.txt')}\n${version(r2, 2, '2026-07-09', '二稿.txt')}`,
    true,
  );
  const w = edited.withdrawn;
  fs.mkdirSync(path.join(content, 'withdrawn/2024'), { recursive: true });
  for (const f of [`${w}.mdx`, `${w}.source.txt`])
    fs.renameSync(path.join(content, 'replies/2024', f), path.join(content, 'withdrawn/2024', f));
  addToFront(path.join(content, 'withdrawn/2024', `${w}.mdx`), "withdrawn:\n  on: '2026-01-05'\n  reason: '误发'");
}

/**
 * For the calling test file: before its tests, ingests tests/fixtures and the held-back variant
 * into a fresh content folder, edits it as the editors do, reads it for review and runs
 * `npm run review` over it; after them, removes the folder. The object it returns is filled in
 * before the first test.
 */
export function reviewedFixtures(): ReviewedFixtures {
  const fixtures: ReviewedFixtures = { content: '', letters: [], html: '' };
  beforeAll(async () => {
    fixtures.content = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
    // Every fixture letter, one (lanjiang) from its .docx alone, so that one original is a .docx.
    const files = fs
      .readdirSync(path.join(ROOT, 'tests/fixtures'))
      .filter((f) => /\.(txt|docx|pdf)$/.test(f) && !/^lanjiang-rd-052\.(txt|pdf)$/.test(f))
      .map((f) => path.join(ROOT, 'tests/fixtures', f));
    const all = ingest(fixtures.content, ...files);
    expect(all.status, all.stderr).toBe(1); // the fixtures hold malformed files on purpose
    const variant = path.join(fixtures.content, 'ministry-held.txt');
    const text = fs.readFileSync(path.join(ROOT, 'tests/fixtures-variants/national-ministry-footers-disclosure.txt'), 'utf8');
    fs.writeFileSync(variant, text.replace('公开属性：主动公开', '公开属性：依申请公开'));
    const held = ingest(fixtures.content, variant);
    expect(held.status, held.stderr).toBe(0);
    edit(fixtures.content);
    fixtures.letters = await loadReviewLetters(fixtures.content);
    const out = path.join(fixtures.content, 'review.html');
    const r = review('--content', fixtures.content, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    fixtures.html = fs.readFileSync(out, 'utf8');
    return () => fs.rmSync(fixtures.content, { recursive: true, force: true });
  });
  return fixtures;
}

/** The part of the page for one letter, by id. */
export function articleOf(html: string, id: string): string {
  const m = new RegExp(`<article [^>]*data-id="${id}"[^>]*>[\\s\\S]*?</article>`).exec(html);
  if (!m) throw new Error(`no article for ${id}`);
  return m[0];
}

/** The HTML inside the `<dd>` of one field of one letter's record. */
export function fieldHtml(html: string, id: string, key: string): string {
  const m = new RegExp(
    `<div class="field[^"]*" id="[^"]*" data-field="${key}"><dt>[\\s\\S]*?</dt><dd>([\\s\\S]*?)</dd></div>(?=<div class="field|</dl></section>)`,
  ).exec(articleOf(html, id));
  if (!m) throw new Error(`no field ${key} for ${id}`);
  return m[1];
}

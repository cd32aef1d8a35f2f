/**
 * The index built in parts and joined holds what the index Pagefind builds of all pages at once
 * holds, word for word, with the pages newest first: real Pagefind runs on pages made of the
 * corpus letters' text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexParts, planParts, findLetterPages } from '../../src/search-index/index-parts.ts';
import { mergeBundles, type MergeReport } from '../../src/search-index/bundle-merge.ts';
import { readBundle, type ReadBundle } from './read-bundle.ts';
import { indexLetterSite, PART_PAGES } from './letter-site.ts';
import { roundedLength } from '../../src/search-index/size-tweaks.ts';

let tmp = '';
let whole: ReadBundle;
let joined: ReadBundle;
let parts = 0;
let first: MergeReport;
let manyDirs: string[] = [];

beforeAll(async () => {
  const indexed = await indexLetterSite('merge-bundles-');
  const { one, many } = indexed;
  tmp = indexed.tmp;
  // The reference: Pagefind's own index of all pages in one run.
  await mergeBundles(one.dirs, path.join(tmp, 'whole'));
  whole = readBundle(one.dirs[0]);
  parts = many.dirs.length;
  manyDirs = many.dirs;
  first = await mergeBundles(many.dirs, path.join(tmp, 'joined'), 2000, undefined, path.join(tmp, 'chunk-cache'));
  joined = readBundle(path.join(tmp, 'joined'));
}, 120_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('an index built in parts and joined', () => {
  it('was built from several parts of real letters', () => {
    expect(parts).toBeGreaterThanOrEqual(4);
    expect(whole.urls.length).toBeGreaterThanOrEqual(10);
  });
  it('holds the same pages with the same fragments', () => {
    expect([...joined.fragments.keys()].sort()).toEqual([...whole.fragments.keys()].sort());
    for (const [url, text] of whole.fragments) expect(joined.fragments.get(url), url).toBe(text);
  });
  it('finds every word on the same pages at the same positions', () => {
    expect(joined.words.size).toBe(whole.words.size);
    expect(whole.words.has('科技')).toBe(true);
    for (const [w, hits] of whole.words) expect(joined.words.get(w), w).toBe(hits);
  });
  it('gives each page its word count, rounded', () => {
    expect(joined.lengths.size).toBe(whole.lengths.size);
    for (const [url, n] of whole.lengths) expect(joined.lengths.get(url), url).toBe(roundedLength(n));
  });
  it('has the same filters and meta fields', () => {
    expect(joined.filters).toEqual(whole.filters);
    expect(joined.fields).toEqual(whole.fields);
  });
  it('numbers its pages newest first, which makes the date sort list needless', () => {
    expect(whole.sorts.date).toHaveLength(whole.urls.length);
    expect(joined.urls).toEqual([...whole.sorts.date].reverse());
    expect(joined.sorts).toEqual({});
  });
  it('names fragments by part and number, chunks by index and number', () => {
    const names = (dir: string) =>
      fs
        .readdirSync(path.join(tmp, 'joined', dir), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => path.relative(path.join(tmp, 'joined', dir), path.join(e.parentPath, e.name)));
    const fragments = names('fragment');
    expect(fragments).toHaveLength(whole.urls.length);
    for (const f of fragments) expect(f).toMatch(/^[0-9a-f]{7,}\/[0-9a-z]+\.pf_fragment$/);
    expect(new Set(fragments.map((f) => f.split('/')[0])).size).toBe(parts);
    const chunks = names('index');
    expect(chunks).toHaveLength(joined.chunkCount);
    expect(new Set(chunks.map((f) => f.split('/')[0])).size).toBe(1);
  });
  it('is cut into chunks of the requested size, each word inside its chunk’s range', () => {
    expect(joined.chunkCount).toBeGreaterThan(whole.chunkCount);
  });
  it('reads and writes Pagefind’s own chunks byte for byte', () => {
    expect(whole.unfaithfulChunks).toEqual([]);
    expect(joined.unfaithfulChunks).toEqual([]);
  });
  it('merging one bundle gives Pagefind’s own index back, newest first', () => {
    const again = readBundle(path.join(tmp, 'whole'));
    expect([...again.words]).toEqual([...whole.words]);
    expect(again.urls).toEqual([...whole.sorts.date].reverse());
  });
  it('compresses each word chunk once: a merge of the same parts takes every chunk from the cache, byte for byte', async () => {
    expect(first.chunksReused).toBe(0);
    const again = await mergeBundles(manyDirs, path.join(tmp, 'joined-again'), 2000, undefined, path.join(tmp, 'chunk-cache'));
    expect(again.chunksReused).toBe(joined.chunkCount);
    const files = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();
    const a = path.join(tmp, 'joined');
    const b = path.join(tmp, 'joined-again');
    expect(files(b)).toEqual(files(a));
    for (const f of files(a))
      if (fs.statSync(path.join(a, f)).isFile())
        expect(fs.readFileSync(path.join(b, f)).equals(fs.readFileSync(path.join(a, f))), f).toBe(true);
    expect(fs.readdirSync(path.join(tmp, 'chunk-cache'))).toHaveLength(joined.chunkCount);
  });
  it('reuses unchanged parts and re-indexes only a changed one', async () => {
    const site = path.join(tmp, 'site');
    const file = path.join(site, planParts(findLetterPages(site), PART_PAGES)[1][0].sourcePath);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('</article>', '<p>新增一句话。</p></article>'));
    const plan = planParts(findLetterPages(site), PART_PAGES);
    const again = await indexParts(site, plan, path.join(tmp, 'cache-many'));
    expect({ indexed: again.indexed, reused: again.reused }).toEqual({ indexed: 1, reused: plan.length - 1 });
    expect(fs.readdirSync(path.join(tmp, 'cache-many'))).toHaveLength(plan.length);
  });
});

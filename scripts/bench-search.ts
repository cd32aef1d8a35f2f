/**
 * `npm run bench:search -- --dist DIR [--queries FILE] [--per N] [--seed S] [--out FILE]`: drives
 * the real search page of a built archive in Chromium and prints one JSON object: per query class,
 * recall (over the whole result list) and P@10 (relevant in the top ten over min(10, relevant))
 * against ground truth from the rendered letters (scripts/bench-search/truth.ts); bytes fetched
 * and milliseconds to the first results for a cold and a warm search; per query its class, the
 * number of results and the top ten result URLs. Without --queries it draws N queries per class
 * (default 50) from the archive; a queries file holds one query a line, optionally `class<TAB>query`.
 *
 * Bytes are counted from every request the browser context makes (the page and Pagefind's web
 * worker alike: the page's own resource timing misses the worker's fetches and stops at 250
 * entries), as the size of the requested file in `dist`: `kb` as stored (Pagefind's files are
 * gzipped already), `kbGz` as a host that gzips text (.js, .json, .html, .css) would send it.
 * `startup` is the search page's load until the element is ready and the network idle; `cold` that
 * plus the first query's first page; `warm` the next query's first page; per query, `kb` covers
 * re-checking every candidate (the whole result list, for recall), not only the first page; each
 * query runs in a page of its own, so its figures are those of a first search (start-up excluded).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serve } from '../tests/e2e/static-server.ts';
import { drawQueries, loadLetters, truth, type Query } from './bench-search/truth.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    queries: { type: 'string' },
    per: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  },
});
if (!values.dist) {
  console.error('usage: npm run bench:search -- --dist DIR [--queries FILE] [--per N]');
  process.exit(2);
}
const dist = path.resolve(values.dist);
const letters = loadLetters(dist);
const queries: Query[] = values.queries
  ? fs
      .readFileSync(values.queries, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const [a, b] = l.split('\t');
        return b === undefined ? { cls: 'query', q: a.trim() } : { cls: a.trim(), q: b.trim() };
      })
  : drawQueries(letters, Number(values.per), Number(values.seed));

const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: values.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** Runs a query in the open search page: ms to the first results, bytes fetched meanwhile, results. */
async function runQuery(page: Page, q: string, all: boolean) {
  return page.evaluate(
    async ({ q, all }) => {
      const el = document.querySelector('archive-search') as any;
      const t0 = performance.now();
      const input = el.querySelector('input[name="q"]') as HTMLInputElement;
      input.value = q;
      el.dataset.state = 'loading';
      el.querySelector('form').requestSubmit();
      await new Promise<void>((resolve) => {
        const check = () => (el.dataset.state === 'done' ? resolve() : setTimeout(check, 2));
        check();
      });
      const ms = performance.now() - t0;
      const top = [...el.querySelectorAll('.search-results > li h2 a')].slice(0, 10).map((a: any) => a.getAttribute('href'));
      const urls = all ? await el.allUrls() : top;
      return { ms, top, urls };
    },
    { q, all },
  );
}

/** Bytes of the files a context fetched since the last call: as stored, and as a gzipping host sends them. */
const gz = new Map<string, number>();
function fetched(context: BrowserContext): () => Fetched {
  let urls: string[] = [];
  context.on('request', (r) => {
    if (r.url().startsWith(server.origin)) urls.push(r.url());
  });
  return () => {
    let bytes = 0;
    let gzBytes = 0;
    const parts: Record<string, number> = {};
    for (const u of urls) {
      let file = path.join(dist, decodeURIComponent(new URL(u).pathname));
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
      if (!fs.existsSync(file)) continue;
      const size = fs.statSync(file).size;
      if (!gz.has(file)) gz.set(file, /\.(js|json|html|css)$/.test(file) ? zlib.gzipSync(fs.readFileSync(file)).length : size);
      bytes += size;
      gzBytes += gz.get(file)!;
      const part = /\/pagefind\/index\//.test(u)
        ? 'pfIndex'
        : /\/pagefind\/fragment\//.test(u)
          ? 'pfFragment'
          : /\/pagefind\/filter\//.test(u)
            ? 'pfFilter'
            : /\/pagefind\//.test(u)
              ? 'pfStartup'
              : /\/search\/keys\//.test(u)
                ? 'keys'
                : 'page';
      parts[part] = (parts[part] ?? 0) + gz.get(file)!;
    }
    const requests = urls.length;
    urls = [];
    return { bytes, gzBytes, requests, parts };
  };
}

/** Bytes fetched; `parts`: gzipped KB by kind (Pagefind start-up, index chunks, fragments, filters, key shards, the page). */
type Fetched = { bytes: number; gzBytes: number; requests: number; parts: Record<string, number> };
async function openSearch(): Promise<{ page: Page; init: Fetched; since: () => Fetched; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const since = fetched(context);
  const page = await context.newPage();
  await page.goto(server.origin + '/search/');
  await page.waitForSelector('archive-search[data-state="ready"]');
  await page.waitForLoadState('networkidle');
  const init = since();
  return { page, init, since, close: () => context.close() };
}

// Cold and warm: a fresh browser context per sample; cold = the whole page load (HTML, CSS, the
// search's start-up) plus the first query; warm = the next query in the same page.
type Sample = { ms: number; kb: number; kbGz: number; requests: number; parts: Record<string, number> };
const timing = { cold: [] as Sample[], warm: [] as Sample[], startup: [] as Sample[] };
const sample = (ms: number, f: Fetched): Sample => ({
  ms,
  kb: f.bytes / 1024,
  kbGz: f.gzBytes / 1024,
  requests: f.requests,
  parts: Object.fromEntries(Object.entries(f.parts).map(([k, v]) => [k, v / 1024])),
});
const plus = (a: Fetched, b: Fetched): Fetched => ({
  bytes: a.bytes + b.bytes,
  gzBytes: a.gzBytes + b.gzBytes,
  requests: a.requests + b.requests,
  parts: Object.fromEntries(
    [...new Set([...Object.keys(a.parts), ...Object.keys(b.parts)])].map((k) => [k, (a.parts[k] ?? 0) + (b.parts[k] ?? 0)]),
  ),
});
const samples = queries.filter((q) => q.cls === 'substring' || q.cls === 'query').slice(0, 5);
for (const [i, s] of samples.entries()) {
  const { page, init, since, close } = await openSearch();
  const cold = await runQuery(page, s.q, false);
  const first = since();
  timing.startup.push(sample(0, init));
  timing.cold.push(sample(cold.ms, plus(init, first)));
  const warm = await runQuery(page, samples[(i + 1) % samples.length].q, false);
  timing.warm.push(sample(warm.ms, since()));
  await close();
}

const perQuery = [];
const classes: Record<string, { n: number; recall: number; p10: number; truthless: number }> = {};
for (const query of queries) {
  // A fresh page per query: re-checking every candidate of every query in one tab exhausts its
  // memory in a large archive. A query's bytes and time are then those of its first search.
  const { page, since, close } = await openSearch();
  const r = await runQuery(page, query.q, true);
  const got = since();
  await close();
  const t = truth(letters, query);
  const letter = (u: string) => u.replace(/#.*$/, '');
  const found = new Set(r.urls.map(letter));
  const c = (classes[query.cls] ??= { n: 0, recall: 0, p10: 0, truthless: 0 });
  let recall: number | null = null;
  let p10: number | null = null;
  if (t.size) {
    recall = [...t].filter((u) => found.has(u)).length / t.size;
    p10 = [...new Set(r.top.map(letter))].filter((u) => t.has(u)).length / Math.min(10, t.size);
    c.n++;
    c.recall += recall;
    c.p10 += p10;
  } else c.truthless++;
  perQuery.push({
    class: query.cls,
    q: query.q,
    results: r.urls.length,
    truth: t.size,
    recall,
    p10,
    ms: Math.round(r.ms),
    kb: Math.round(got.bytes / 102.4) / 10,
    kbGz: Math.round(got.gzBytes / 102.4) / 10,
    top: r.top,
  });
}
await browser.close();
await server.close();

const avg = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 10) / 10;
const max = (xs: number[]) => Math.round(Math.max(0, ...xs) * 10) / 10;
const summary = (xs: Sample[]) => ({
  ms: avg(xs.map((x) => x.ms)),
  msMax: max(xs.map((x) => x.ms)),
  kb: avg(xs.map((x) => x.kb)),
  kbMax: max(xs.map((x) => x.kb)),
  kbGz: avg(xs.map((x) => x.kbGz)),
  kbGzMax: max(xs.map((x) => x.kbGz)),
  requests: avg(xs.map((x) => x.requests)),
  kbGzParts: Object.fromEntries(
    [...new Set(xs.flatMap((x) => Object.keys(x.parts)))].sort().map((k) => [k, avg(xs.map((x) => x.parts[k] ?? 0))]),
  ),
});
const sizeOf = (dir: string): number =>
  !fs.existsSync(dir)
    ? 0
    : fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .reduce((s, e) => s + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
const report = {
  dist,
  letters: letters.length,
  queries: queries.length,
  sizes: {
    pagefindMB: Math.round(sizeOf(path.join(dist, 'pagefind')) / 1e4) / 100,
    keysMB: Math.round(sizeOf(path.join(dist, 'search')) / 1e4) / 100,
  },
  classes: Object.fromEntries(
    Object.entries(classes).map(([k, c]) => [
      k,
      {
        queries: c.n + c.truthless,
        withTruth: c.n,
        recall: Math.round((c.recall / Math.max(1, c.n)) * 1000) / 1000,
        p10: Math.round((c.p10 / Math.max(1, c.n)) * 1000) / 1000,
      },
    ]),
  ),
  startup: summary(timing.startup),
  cold: summary(timing.cold),
  warm: summary(timing.warm),
  perQueryMs: { avg: avg(perQuery.map((x) => x.ms)), max: max(perQuery.map((x) => x.ms)) },
  perQueryKb: { avg: avg(perQuery.map((x) => x.kb)), max: max(perQuery.map((x) => x.kb)), gzAvg: avg(perQuery.map((x) => x.kbGz)) },
  perQuery,
};
const text = JSON.stringify(report);
if (values.out) fs.writeFileSync(values.out, JSON.stringify(report, null, 1) + '\n');
console.log(text);

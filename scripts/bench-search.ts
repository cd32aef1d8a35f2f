/**
 * `npm run bench:search -- --dist DIR [--queries FILE] [--per N] [--seed S] [--out FILE]`: drives
 * the real search page of a built archive in Chromium and prints one JSON object: per query class,
 * recall (over the whole result list) and P@10 (relevant in the top ten over min(10, relevant))
 * against ground truth from the rendered letters (scripts/bench-search/truth.ts); bytes fetched
 * and milliseconds to the first results for a cold and a warm search; per query its class, the
 * number of results and the top ten result URLs. Without --queries it draws N queries per class
 * (default 50) from the archive; a queries file holds one query a line, optionally `class<TAB>query`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { serve } from '../tests/e2e/static-server.ts';
import { drawQueries, loadLetters, truth, type Query } from './bench-search/truth.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string' }, queries: { type: 'string' }, per: { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' }, out: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  },
});
if (!values.dist) { console.error('usage: npm run bench:search -- --dist DIR [--queries FILE] [--per N]'); process.exit(2); }
const dist = path.resolve(values.dist);
const letters = loadLetters(dist);
const queries: Query[] = values.queries
  ? fs.readFileSync(values.queries, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const [a, b] = l.split('\t');
    return b === undefined ? { cls: 'query', q: a.trim() } : { cls: a.trim(), q: b.trim() };
  })
  : drawQueries(letters, Number(values.per), Number(values.seed));

const server = await serve(dist);
const browser = await chromium.launch({ executablePath: values.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });

/** Runs a query in the open search page: ms to the first results, bytes fetched meanwhile, results. */
async function runQuery(page: Page, q: string, all: boolean) {
  return page.evaluate(async ({ q, all }) => {
    const el = document.querySelector('archive-search') as any;
    performance.clearResourceTimings();
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
    const bytes = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).reduce((s, e) => s + (e.encodedBodySize || 0), 0);
    const top = [...el.querySelectorAll('.search-results > li h2 a')].slice(0, 10).map((a: any) => a.getAttribute('href'));
    const urls = all ? await el.allUrls() : top;
    return { ms, bytes, top, urls };
  }, { q, all });
}

async function openSearch(): Promise<{ page: Page; initBytes: number; close: () => Promise<void> }> {
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto(server.origin + '/search/');
  await page.waitForSelector('archive-search[data-state="ready"]');
  const initBytes = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((e) => /\/(pagefind|search|scripts)\//.test(e.name)).reduce((s, e) => s + (e.encodedBodySize || 0), 0));
  return { page, initBytes, close: () => context.close() };
}

// Cold and warm: a fresh browser context per sample; cold = the page's search start-up plus the first query.
const timing = { cold: [] as { ms: number; kb: number }[], warm: [] as { ms: number; kb: number }[] };
const samples = queries.filter((q) => q.cls === 'substring' || q.cls === 'query').slice(0, 5);
for (const [i, s] of samples.entries()) {
  const { page, initBytes, close } = await openSearch();
  const cold = await runQuery(page, s.q, false);
  timing.cold.push({ ms: cold.ms, kb: (initBytes + cold.bytes) / 1024 });
  const warm = await runQuery(page, samples[(i + 1) % samples.length].q + (samples.length === 1 ? '' : ''), false);
  timing.warm.push({ ms: warm.ms, kb: warm.bytes / 1024 });
  await close();
}

const { page, close } = await openSearch();
const perQuery = [];
const classes: Record<string, { n: number; recall: number; p10: number; truthless: number }> = {};
for (const query of queries) {
  const r = await runQuery(page, query.q, true);
  const t = truth(letters, query);
  const letter = (u: string) => u.replace(/#.*$/, '');
  const found = new Set(r.urls.map(letter));
  const c = (classes[query.cls] ??= { n: 0, recall: 0, p10: 0, truthless: 0 });
  let recall: number | null = null;
  let p10: number | null = null;
  if (t.size) {
    recall = [...t].filter((u) => found.has(u)).length / t.size;
    p10 = [...new Set(r.top.map(letter))].filter((u) => t.has(u)).length / Math.min(10, t.size);
    c.n++; c.recall += recall; c.p10 += p10;
  } else c.truthless++;
  perQuery.push({ class: query.cls, q: query.q, results: r.urls.length, truth: t.size, recall, p10, ms: Math.round(r.ms), kb: Math.round(r.bytes / 102.4) / 10, top: r.top });
}
await close();
await browser.close();
await server.close();

const avg = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 10) / 10;
const max = (xs: number[]) => Math.round(Math.max(0, ...xs) * 10) / 10;
const sizeOf = (dir: string): number => !fs.existsSync(dir) ? 0 : fs.readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile()).reduce((s, e) => s + fs.statSync(path.join(e.parentPath, e.name)).size, 0);
const report = {
  dist, letters: letters.length, queries: queries.length,
  sizes: { pagefindMB: Math.round(sizeOf(path.join(dist, 'pagefind')) / 1e4) / 100, keysMB: Math.round(sizeOf(path.join(dist, 'search')) / 1e4) / 100 },
  classes: Object.fromEntries(Object.entries(classes).map(([k, c]) => [k, {
    queries: c.n + c.truthless, withTruth: c.n, recall: Math.round((c.recall / Math.max(1, c.n)) * 1000) / 1000, p10: Math.round((c.p10 / Math.max(1, c.n)) * 1000) / 1000,
  }])),
  cold: { ms: avg(timing.cold.map((x) => x.ms)), msMax: max(timing.cold.map((x) => x.ms)), kb: avg(timing.cold.map((x) => x.kb)), kbMax: max(timing.cold.map((x) => x.kb)) },
  warm: { ms: avg(timing.warm.map((x) => x.ms)), msMax: max(timing.warm.map((x) => x.ms)), kb: avg(timing.warm.map((x) => x.kb)), kbMax: max(timing.warm.map((x) => x.kb)) },
  perQueryMs: { avg: avg(perQuery.map((x) => x.ms)), max: max(perQuery.map((x) => x.ms)) },
  perQuery,
};
const text = JSON.stringify(report);
if (values.out) fs.writeFileSync(values.out, JSON.stringify(report, null, 1) + '\n');
console.log(text);

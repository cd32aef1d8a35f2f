/**
 * `npm run bench -- --letters N [--keep DIR] [--seed S] [--from DIR] [--skip-search]`: generates N synthetic letters
 * (or takes the letters in `--from`, to compare two versions on the same input), ingests
 * them, builds and indexes the site, and prints one JSON line of figures (peak RSS is that of the
 * largest process, read from the OS; rebuildS: building again after one letter is edited; search figures from `npm run bench:search` on 3 queries per class:
 * firstSearchKB is what the first search transfers, served gzip-compressed). Nothing here is a test.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured, type Measured } from './bench/run-measured.ts';
import { cacheDirFor } from '../src/integrations/cache-dir.ts';

const { values } = parseArgs({
  options: {
    letters: { type: 'string', default: '1000' },
    keep: { type: 'string' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string' },
    'skip-search': { type: 'boolean', default: false },
  },
});
const root = values.keep ?? mkdtempSync(join(tmpdir(), 'bench-'));
const node = process.execPath;
const paths = { letters: join(root, 'letters'), content: join(root, 'content'), dist: join(root, 'dist') };
// The build cache of this content folder goes too: the first build must start from nothing.
const cache = cacheDirFor(process.cwd(), paths.content, '/');
for (const p of [...Object.values(paths), cache]) rmSync(p, { recursive: true, force: true });

function mustSucceed(step: string, m: Measured, allowed = [0]): Measured {
  if (!allowed.includes(m.code ?? -1)) {
    console.error(
      m.lines
        .slice(-30)
        .map((l) => l.text)
        .join('\n'),
    );
    throw new Error(`${step} failed with exit status ${m.code}`);
  }
  return m;
}

function duMB(dir: string): number {
  let bytes = 0;
  for (const name of readdirSync(dir, { recursive: true })) {
    const s = statSync(join(dir, String(name)));
    if (s.isFile()) bytes += s.size;
  }
  return Math.round((bytes / 1048576) * 10) / 10;
}

if (values.from) cpSync(values.from, paths.letters, { recursive: true });
else
  mustSucceed(
    'gen',
    await runMeasured(node, ['generator/cli.ts', '--letters', values.letters, '--out', paths.letters, '--seed', values.seed]),
  );
const ingest = mustSucceed('ingest', await runMeasured(node, ['src/ingest/cli.ts', '--content', paths.content, paths.letters]));
/** `astro build` of the bench's content folder into its output folder. */
const astroBuild = () =>
  runMeasured(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
    ARCHIVE_CONTENT: paths.content,
    ARCHIVE_OUT: paths.dist,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
const build = mustSucceed('build', await astroBuild());
// Pagefind runs in Astro's build:done hook: the index phase starts when the pages are written.
const pagesDone = build.lines.findLast((l) => /\[build\] ✓ Completed in/.test(l.text))?.at ?? build.seconds;
const indexed = build.lines.find((l) => /indexed \d+ pages/.test(l.text))?.at ?? build.seconds;
// One letter corrected (a word added to its body, as an editor restoring a dropped word would), then built again.
const changed = editOneLetter(paths.content);
const rebuild = mustSucceed('rebuild', await astroBuild());
// Astro times each page it renders, `(+12ms)`; a page taken from the incremental cache has no time.
const rerendered = rebuild.lines.reduce((n, l) => n + (l.text.match(/\(\+[\d.]+m?s\)/g)?.length ?? 0), 0);
console.error(`rebuild after editing ${changed}: ${rebuild.seconds.toFixed(1)} s, ${rerendered} pages rendered`);
// The search figures come from the search benchmark: the real search page in Chromium.
// If the browser gives out (its tab can run out of memory re-checking every candidate of a query
// in a large archive), the search figures are null and the build figures are still printed.
const searchOut = join(root, 'search.json');
const searched = values['skip-search']
  ? { code: -1, lines: [{ text: 'skipped (--skip-search)' }] }
  : await runMeasured(node, ['scripts/bench-search.ts', '--dist', paths.dist, '--per', '3', '--out', searchOut]);
if (searched.code !== 0)
  console.error(
    `search benchmark failed (exit status ${searched.code}):\n${searched.lines
      .slice(-8)
      .map((l) => l.text)
      .join('\n')}`,
  );
const search = searched.code === 0 ? JSON.parse(readFileSync(searchOut, 'utf8')) : { cold: {}, warm: {} };

console.log(
  JSON.stringify({
    letters: values.from ? readdirSync(paths.letters).length : Number(values.letters),
    ingestS: round(ingest.seconds),
    buildS: round(pagesDone),
    indexS: round(indexed - pagesDone),
    totalS: round(build.seconds),
    peakRssMB: build.peakRssMB,
    rebuildS: round(rebuild.seconds),
    rebuildPeakRssMB: rebuild.peakRssMB,
    ingestPeakRssMB: ingest.peakRssMB,
    distMB: duMB(paths.dist),
    pagefindMB: duMB(join(paths.dist, 'pagefind')),
    firstSearchKB: search.cold.kbGz ?? null,
    firstSearchMs: search.cold.ms ?? null,
    warmSearchMs: search.warm.ms ?? null,
  }),
);
if (!values.keep) for (const p of [root, cache]) rmSync(p, { recursive: true, force: true });

/**
 * Adds 切实 after the first ， of the body of the middle letter, returning the file's path. Every
 * word of the letter after it moves on (a changed punctuation mark would move none), so the index
 * chunks holding them change, as after a real correction.
 */
function editOneLetter(content: string): string {
  const files = readdirSync(content, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  const file = join(content, files[Math.floor(files.length / 2)]);
  const text = readFileSync(file, 'utf8');
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const at = text.indexOf('，', bodyStart) + 1;
  if (at === 0) throw new Error(`${file}: no ， in the body to edit after`);
  writeFileSync(file, `${text.slice(0, at)}切实${text.slice(at)}`);
  return file;
}

function round(s: number): number {
  return Math.round(s * 10) / 10;
}

/**
 * Vitest global setup: builds the fixture site once. Ingests tests/fixtures and one variant
 * letter (printed 依申请公开) into a temp content folder (`npm run ingest -- --content DIR …`;
 * exit status 1 is expected, the corpus holds malformed files on purpose) and applies the office's
 * later changes (fixture-changes.ts: corrections, a withdrawal, replacements, other formats), or
 * uses `ARCHIVE_TEST_CONTENT=DIR` as is; then `astro build` with `ARCHIVE_CONTENT`/`ARCHIVE_OUT`
 * into tests/.tmp/site/dist, indexed in parts of 5 pages: the public site; its output in
 * tests/.tmp/site/build.log.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { applyFixtureChanges, onRequestFile, VERSIONED } from './fixture-changes.ts';
import { buildLog, contentDir, distDir, root, tmp } from './paths.ts';

/** Node 24 from the `node` devDependency (Astro 7 refuses older), else the running node. */
const node = fs.existsSync(path.join(root, 'node_modules/.bin/node')) ? path.join(root, 'node_modules/.bin/node') : process.execPath;

function run(args: string[], env: Record<string, string>, okStatus: number[]): string {
  const r = spawnSync(node, args, { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (!okStatus.includes(r.status ?? -1)) {
    throw new Error(`${args.join(' ')} exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  }
  return r.stdout + r.stderr;
}

export default function setup(): void {
  if (process.env.ARCHIVE_TEST_SKIP_BUILD && fs.existsSync(path.join(distDir, 'index.html'))) return;
  fs.rmSync(distDir, { recursive: true, force: true });
  if (!process.env.ARCHIVE_TEST_CONTENT) {
    fs.rmSync(contentDir, { recursive: true, force: true });
    fs.mkdirSync(contentDir, { recursive: true });
    const scratch = path.join(tmp, 'fixture-files');
    fs.rmSync(scratch, { recursive: true, force: true });
    // The letter replaced later first came in as GB18030, in a run of its own: its UTF-8 twin in
    // tests/fixtures is then a duplicate, and the archive has a GB18030 original to show.
    run(['src/ingest/cli.ts', '--content', contentDir, VERSIONED.original], {}, [0]);
    run(['src/ingest/cli.ts', '--content', contentDir, 'tests/fixtures', onRequestFile(scratch)], {}, [0, 1]);
    applyFixtureChanges(contentDir, scratch);
  }
  fs.mkdirSync(tmp, { recursive: true });
  const log = run(
    ['node_modules/astro/bin/astro.mjs', 'build'],
    {
      // Parts of 5 pages: the browser tests search an index joined from several Pagefind runs.
      ARCHIVE_CONTENT: contentDir,
      ARCHIVE_OUT: distDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      ARCHIVE_INDEX_PART_PAGES: '5',
    },
    [0],
  );
  // What the build told the clerk, for the tests of its messages.
  fs.writeFileSync(buildLog, log);
}

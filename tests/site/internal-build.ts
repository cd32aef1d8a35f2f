/**
 * The fixture content built a second time for the intranet (`ARCHIVE_AUDIENCE=internal`), into
 * tests/.tmp/site/internal/dist, its output in internal/build.log. Rebuilt whenever the fixture
 * build is newer, so one test run builds it once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, distDir, root, tmp } from './paths.ts';

export const internalDist = path.join(tmp, 'internal/dist');
const log = path.join(tmp, 'internal/build.log');

const mtime = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : -1);

/** Builds the intranet archive unless a build at least as new as the fixture build is there; returns its output. */
export function buildInternalSite(): string {
  const stamp = path.join(internalDist, 'index.html');
  if (mtime(stamp) > 0 && mtime(stamp) >= mtime(path.join(distDir, 'index.html')) && fs.existsSync(log))
    return fs.readFileSync(log, 'utf8');
  fs.rmSync(internalDist, { recursive: true, force: true });
  const r = spawnSync(path.join(root, 'node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ARCHIVE_CONTENT: contentDir,
      ARCHIVE_OUT: internalDist,
      ARCHIVE_AUDIENCE: 'internal',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (r.status !== 0) throw new Error(`astro build (ARCHIVE_AUDIENCE=internal) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  fs.writeFileSync(log, r.stdout + r.stderr);
  return r.stdout + r.stderr;
}

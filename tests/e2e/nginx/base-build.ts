/**
 * The fixture site built a second time under a base path, for the deployment tests: the content
 * the global setup ingested, `ARCHIVE_BASE=/jyta/`, written into an nginx prefix as
 * `tests/.tmp/nginx/html/jyta/` (the layout deploy/nginx.conf expects). Rebuilt whenever the
 * fixture build is newer, so one test run builds it once.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, distDir, root } from '../../site/paths.ts';

export const base = '/jyta/';
/** The nginx prefix: conf/, logs/, temp/ and html/ (the web root). */
export const prefix = path.join(root, 'tests/.tmp/nginx');
export const webRoot = path.join(prefix, 'html');
/** The base-path build: `html/jyta/`. */
export const baseDist = path.join(webRoot, base.replace(/^\/|\/$/g, ''));

const node = fs.existsSync(path.join(root, 'node_modules/.bin/node')) ? path.join(root, 'node_modules/.bin/node') : process.execPath;
/** The environment without what Vitest sets for `import.meta.env` (a `BASE_URL` there overrides Astro's `base`). */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']) delete env[k];
  return env;
}

const mtime = (f: string) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : -1);

/** Builds the base-path site unless a build at least as new as the fixture build is there. */
export function buildBaseSite(): string {
  const stamp = path.join(baseDist, 'index.html');
  if (mtime(stamp) >= mtime(path.join(distDir, 'index.html')) && mtime(stamp) > 0) return baseDist;
  fs.rmSync(baseDist, { recursive: true, force: true });
  fs.mkdirSync(webRoot, { recursive: true });
  const r = spawnSync(node, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...buildEnv(), ARCHIVE_CONTENT: contentDir, ARCHIVE_OUT: baseDist, ARCHIVE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`astro build (ARCHIVE_BASE=${base}) exited ${r.status}\n${r.stdout}\n${r.stderr}`);
  return baseDist;
}

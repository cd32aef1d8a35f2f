/**
 * Builds the fixture content with the seed letter's MDX changed, into its own folder under the
 * tests' temp folder: for builds that must show an edit, or fail on one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, tmp, contentDir } from './paths.ts';

/** `astro build` of the fixtures with the seed's MDX replaced by `change(mdx)`: exit status, output, dist folder. */
export function buildWithSeedChange(
  name: string,
  change: (mdx: string) => string,
): { status: number | null; output: string; dist: string } {
  const dir = path.join(tmp, name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(contentDir, path.join(dir, 'content'), { recursive: true });
  const seed = path.join(dir, 'content/replies/2025/2025-ta5-4-0361.mdx');
  const before = fs.readFileSync(seed, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${name}: the change left the seed as it was`);
  fs.writeFileSync(seed, after);
  const dist = path.join(dir, 'dist');
  const r = spawnSync(path.join(root, 'node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT: path.join(dir, 'content'), ARCHIVE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: r.status, output: r.stdout + r.stderr, dist };
}

/**
 * Builds the fixture content with a change, into its own folder under the tests' temp folder: for
 * builds that must show an edit, or fail on one.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, tmp, contentDir } from './paths.ts';

export interface ChangedBuild {
  status: number | null;
  output: string;
  dist: string;
}

/** `astro build` of a copy of the fixture content after `change(copy)`: exit status, output, dist folder. */
export function buildWithContentChange(name: string, change: (content: string) => void, env: Record<string, string> = {}): ChangedBuild {
  const dir = path.join(tmp, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const content = path.join(dir, 'content');
  fs.cpSync(contentDir, content, { recursive: true });
  change(content);
  const dist = path.join(dir, 'dist');
  const r = spawnSync(path.join(root, 'node_modules/.bin/node'), ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_OUT: dist, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: r.status, output: r.stdout + r.stderr, dist };
}

/** `astro build` of the fixtures with the seed's MDX replaced by `change(mdx)`: exit status, output, dist folder. */
export function buildWithSeedChange(name: string, change: (mdx: string) => string): ChangedBuild {
  return buildWithContentChange(name, (content) => {
    const seed = path.join(content, 'replies/2025/2025-ta5-4-0361.mdx');
    const before = fs.readFileSync(seed, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`${name}: the change left the seed as it was`);
    fs.writeFileSync(seed, after);
  });
}

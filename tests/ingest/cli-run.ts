/** Running the ingest commands as a clerk does, in temporary folders, for the CLI tests. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

function run(script: string, args: string[]) {
  const r = spawnSync(NODE, [join(ROOT, 'src', 'ingest', script), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, lines: r.stdout.trim().split('\n').filter(Boolean), stdout: r.stdout, stderr: r.stderr };
}

/** `npm run ingest -- ARGS`. */
export const ingest = (...args: string[]) => run('cli.ts', args);
/** `npm run ingest:check -- --content DIR`. */
export const check = (content: string) => run('check-cli.ts', ['--content', content]);

export const tmp = (prefix = 'ingest-') => mkdtempSync(join(tmpdir(), prefix));
/** Every file and folder under `dir`, relative, sorted. */
export const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
export const fixture = (name: string) => join(FIXTURES, name);
export const bytesOf = (path: string) => readFileSync(path);

/** The parsed frontmatter of an MDX file. */
export function frontOf(path: string): Record<string, any> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'));
  if (!m) throw new Error(`${path}: no frontmatter`);
  return load(m[1]) as Record<string, any>;
}

/** Today's local date, as the CLI gives it. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

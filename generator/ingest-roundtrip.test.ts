/**
 * Generated letters go through the real ingest CLI (`ingest --json`, a dry run) without errors,
 * and the records carry the number, session, kind and date the generator intended (its
 * `--truth` sidecars). Skipped, with a message, only while src/ingest/cli.ts does not exist.
 */
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/ingest/cli.ts');
const hasCli = existsSync(CLI);
const LETTERS = 30;
const STRICT = ['number', 'session', 'kind', 'date', 'assembly', 'docNumber', 'category'] as const;

if (!hasCli) console.warn('ingest-roundtrip: skipped because src/ingest/cli.ts does not exist yet');

describe.skipIf(!hasCli)('generated letters through ingest --json', () => {
  it(`ingests ${LETTERS} letters with zero errors and the intended facts`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-ingest-'));
    try {
      execFileSync(NODE, ['scripts/gen-letters.ts', '--letters', String(LETTERS), '--out', dir, '--seed', 'roundtrip', '--truth'], { cwd: ROOT });
      const run = spawnSync(NODE, [CLI, '--json', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
      const lines = run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
      expect(lines.filter((l) => !l.record), run.stderr).toEqual([]);
      expect(lines).toHaveLength(LETTERS);
      expect(run.status).toBe(0);
      for (const { file, record } of lines) {
        const truth = JSON.parse(readFileSync(String(file).replace(/\.txt$/, '.truth.json'), 'utf8'));
        for (const key of STRICT) expect({ file, key, value: record[key] }).toEqual({ file, key, value: truth[key] });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

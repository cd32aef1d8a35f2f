/**
 * Generated letters go through the real ingest CLI (`ingest --json`, a dry run): none is
 * refused, and every record equals the generator's truth field by field (record-format.md's
 * comparison). On failure the message tabulates, per form of layout.ts, which fields its letters
 * fail. `GEN_LETTERS=10000` sets the number of letters (default 400); `GEN_REPORT=FILE` also
 * writes the report there. Skipped, with a message, only while src/ingest/cli.ts does not exist.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { makeGenerator, generateLetter, type Letter } from './compose-letter.ts';
import { renderReport, type Outcome } from './roundtrip-report.ts';
import { comparable } from '../tests/ingest/record-compare.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');
const CLI = join(ROOT, 'src/ingest/cli.ts');
const hasCli = existsSync(CLI);
const LETTERS = Number(process.env.GEN_LETTERS ?? 400);

if (!hasCli) console.warn('ingest-roundtrip: skipped because src/ingest/cli.ts does not exist yet');

/** The truth fields a record gets wrong. */
function wrongFields(truth: Letter['truth'], record: Record<string, unknown>): string[] {
  return Object.entries(truth)
    .filter(([k, v]) => JSON.stringify(comparable(record[k] ?? null)) !== JSON.stringify(comparable(v)))
    .map(([k]) => k);
}

describe.skipIf(!hasCli)('generated letters through ingest --json', () => {
  it(
    `ingests ${LETTERS} letters of every layout with zero refusals and their truth`,
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'gen-ingest-'));
      try {
        const gen = makeGenerator('roundtrip', LETTERS);
        const letters = new Map<string, Letter>();
        for (let i = 0; i < LETTERS; i++) {
          const name = `${String(i + 1).padStart(6, '0')}.txt`;
          const letter = generateLetter(gen, i);
          writeFileSync(join(dir, name), letter.text);
          letters.set(name, letter);
        }
        const run = spawnSync(NODE, [CLI, '--json', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
        const lines = run.stdout
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l));
        const outcomes: Outcome[] = lines.map(({ file, record }) => {
          const name = basename(String(file));
          const letter = letters.get(name)!;
          return { name, forms: letter.forms, failed: record ? wrongFields(letter.truth, record) : ['refused'] };
        });
        const report = renderReport(outcomes);
        if (process.env.GEN_REPORT) writeFileSync(process.env.GEN_REPORT, `${report}\n`);
        expect
          .soft(
            lines.filter((l) => !l.record).map((l) => `${basename(l.file)}: ${l.error}`),
            report,
          )
          .toEqual([]);
        expect.soft(lines, run.stderr.slice(-2000)).toHaveLength(LETTERS);
        expect
          .soft(
            outcomes.filter((o) => o.failed.length).map((o) => `${o.name}: ${o.failed.join(', ')}`),
            report,
          )
          .toEqual([]);
        expect(run.status, run.stderr.slice(-2000)).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    Math.max(60_000, LETTERS * 40),
  );
});

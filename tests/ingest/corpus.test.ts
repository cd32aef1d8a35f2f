/**
 * Every letter of the corpus (tests/fixtures, a copy of ../shared/corpus) yields the record, error
 * or duplicate its `.expected.json` gives, field by field.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterText } from '../../src/ingest/read-letter.ts';
import { archivableLetter } from '../../src/ingest/archive-letter.ts';
import { ingestFiles, type Outcome } from '../../src/ingest/ingest-run.ts';
import { comparable } from './record-compare.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const inputs = readdirSync(FIXTURES)
  .filter((f) => /\.(txt|docx|pdf)$/.test(f))
  .sort();

/** `x.gb18030.txt` → `x.gb18030.expected.json`; `x.docx` → `x.expected.json`. */
function expectedFor(input: string): Record<string, unknown> {
  const stem = input.replace(/\.(txt|docx|pdf)$/, '');
  return JSON.parse(readFileSync(join(FIXTURES, `${stem}.expected.json`), 'utf8'));
}

async function outcomeOf(input: string): Promise<{ record?: Record<string, unknown>; error?: string }> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, input)));
  try {
    const text = await letterText(input, bytes);
    return { record: (await archivableLetter(input, bytes, text)).record };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

describe('corpus', () => {
  for (const input of inputs) {
    const expected = expectedFor(input);
    if ('duplicateOf' in expected) continue;
    it(`${input} → ${'error' in expected ? 'error' : 'record'}`, async () => {
      const got = await outcomeOf(input);
      if ('error' in expected) {
        expect(got.error).toBe(expected.error);
        return;
      }
      expect(got.error, `refused: ${got.error}`).toBeUndefined();
      for (const [field, want] of Object.entries(expected)) {
        expect(comparable(got.record![field]), `${input}: ${field}`).toEqual(comparable(want));
      }
    });
  }

  it('finds each dup-* file to be a duplicate of the letter it copies', async () => {
    const dups = inputs.filter((f) => 'duplicateOf' in expectedFor(f));
    expect(dups.length).toBeGreaterThan(0);
    for (const dup of dups) {
      const original = `${expectedFor(dup).duplicateOf}.txt`;
      const content = mkdtempSync(join(tmpdir(), 'dup-'));
      const outcomes: Outcome[] = await ingestFiles(
        [join(FIXTURES, original), join(FIXTURES, dup)],
        { contentDir: content, dryRun: false, replace: false },
        () => {},
      );
      const second = outcomes[1];
      expect(second).toHaveProperty('duplicateOf');
      const first = outcomes[0] as { record: { id: string } };
      expect(second).toMatchObject({ duplicateOf: first.record.id, duplicateOfFile: original });
    }
  });

  it('reads the GB18030 twin as its UTF-8 twin', async () => {
    const utf8 = await outcomeOf('xingtan-wjw-089.txt');
    const gb = await outcomeOf('xingtan-wjw-089.gb18030.txt');
    const strip = ({ sourceName, sourceFile, sourceSha256, writtenSha256, ...rest }: Record<string, unknown>) => rest;
    expect(strip(gb.record!)).toEqual(strip(utf8.record!));
  });
});

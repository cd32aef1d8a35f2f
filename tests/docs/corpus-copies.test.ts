/**
 * The repository's copies of the development corpus stay in step with it: every file of
 * `../shared/corpus` is in `tests/fixtures/` byte for byte, and `docs/record-format.md` is
 * `../shared/record-format.md`. Where the corpus is not beside the checkout there is nothing to compare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const shared = join(root, '..', 'shared');

describe.skipIf(!existsSync(join(shared, 'corpus')))('copies of the development corpus', () => {
  it('tests/fixtures holds every corpus file, byte for byte', () => {
    const stale = readdirSync(join(shared, 'corpus')).filter((name) => {
      const copy = join(root, 'tests', 'fixtures', name);
      return !existsSync(copy) || !readFileSync(copy).equals(readFileSync(join(shared, 'corpus', name)));
    });
    expect(stale).toEqual([]);
  });

  it('docs/record-format.md is the record format', () => {
    expect(readFileSync(join(root, 'docs', 'record-format.md'), 'utf8')).toBe(readFileSync(join(shared, 'record-format.md'), 'utf8'));
  });
});

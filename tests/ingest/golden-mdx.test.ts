/**
 * The MDX written for a few letters, byte for byte. After an intended change to the format,
 * regenerate with `UPDATE_GOLDEN=1 npm test -- tests/ingest/golden-mdx.test.ts` and review the diff.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { letterText } from '../../src/ingest/read-letter.ts';
import { archivableLetter, letterMdx } from '../../src/ingest/archive-letter.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const GOLDEN = join(import.meta.dirname, '..', 'golden');
const LETTERS = ['seed-ordos-0361.txt', 'heting-wl-0064.txt', 'fengdu-jtj-017.txt', 'zeyang-fgw-0302.txt', 'qiwu-szf-0158.txt'];

async function mdxOf(name: string): Promise<string> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
  return letterMdx(await archivableLetter(name, bytes, await letterText(name, bytes)));
}

describe('golden MDX', () => {
  for (const name of LETTERS) {
    it(name, async () => {
      const mdx = await mdxOf(name);
      const path = join(GOLDEN, name.replace(/\.txt$/, '.mdx'));
      if (process.env.UPDATE_GOLDEN || !existsSync(path)) writeFileSync(path, mdx);
      expect(mdx).toBe(readFileSync(path, 'utf8'));
    });
  }

  it('is the same on a second run', async () => {
    expect(await mdxOf(LETTERS[0])).toBe(await mdxOf(LETTERS[0]));
  });
});

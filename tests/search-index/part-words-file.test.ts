/**
 * A part's words file read back record by record through its window: every word, in order, also
 * when records cross the window's end; a cut file is an error, not fewer words.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePartWords } from '../../src/search-index/part-words.ts';
import { readPartWordsFile } from '../../src/search-index/part-words-file.ts';
import type { WordEntry } from '../../src/search-index/pagefind/word-chunk.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'part-words-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// Words of many pages each, so the file is several times the reader's 1 MB window.
function words(count: number, pages: number): WordEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    word: `w${String(i).padStart(6, '0')}`,
    pages: Array.from({ length: pages }, (_, p) => ({ page: p, locations: 1, items: 2, raw: new Uint8Array([0x81, i % 24, 0x80]) })),
    variants: [],
    tailItems: 0,
    tail: new Uint8Array(),
  }));
}

describe('readPartWordsFile', () => {
  const ranks = Array.from({ length: 40 }, (_, i) => 39 - i);
  const file = path.join(tmp, 'words.bin');
  const bytes = encodePartWords(words(30_000, 40), ranks);
  fs.writeFileSync(file, bytes);

  it('gives every word in order across the window’s ends', () => {
    expect(bytes.length).toBeGreaterThan(3 << 20);
    // A word's fields are views of the reader's window: each is checked before the next is read.
    const read: string[] = [];
    const wrong: string[] = [];
    for (const w of readPartWordsFile(file)) {
      const i = read.length;
      if (
        w.pages.count !== 40 ||
        w.pages.first !== 0 ||
        w.pages.last !== 39 ||
        w.pages.firstRaw[1] !== i % 24 ||
        w.pages.rest.length !== 39 * 5
      )
        wrong.push(w.word);
      read.push(w.word);
    }
    expect(read).toEqual(words(30_000, 1).map((w) => w.word));
    expect(wrong).toEqual([]);
  });

  it('refuses a file cut inside a record', () => {
    const cut = path.join(tmp, 'cut.bin');
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 3));
    expect(() => [...readPartWordsFile(cut)]).toThrow(/cut\.bin: ends inside a record/);
  });

  it('reads an empty file as no words', () => {
    const empty = path.join(tmp, 'empty.bin');
    fs.writeFileSync(empty, '');
    expect([...readPartWordsFile(empty)]).toEqual([]);
  });
});

/**
 * Pagefind 1.6.0's word index chunks (`index/*.pf_index`, the CBOR inside) read and written without
 * decoding what a merge never changes: each page's positions stay the bytes Pagefind wrote; only
 * words, page numbers and array lengths are read. A chunk is `[words]`, a word
 * `[word, pages, variants, …]`, a page `[page number, positions, meta positions, …]`, a variant
 * `[form, pages]`; every array of definite length. The `write…Head` functions are the one place
 * other modules write these entries from. Pure.
 */
import { CborReader, CborWriter } from '../cbor-bytes.ts';

/** One page's hits on a word: its page number, how many positions it holds, and its other items as bytes. */
export interface PageHits {
  page: number;
  /** Positions and meta positions: what Pagefind's chunk size counts. */
  locations: number;
  /** Number of CBOR items after the page number, and their bytes. */
  items: number;
  raw: Uint8Array;
}

/** A word's entry: the word, its pages, its variants, and any further items as bytes. */
export interface WordEntry {
  word: string;
  pages: PageHits[];
  variants: { form: string; pages: PageHits[] }[];
  tailItems: number;
  tail: Uint8Array;
}

function readPages(r: CborReader): PageHits[] {
  const count = r.expect(4);
  const pages: PageHits[] = [];
  for (let i = 0; i < count; i++) {
    const items = r.expect(4) - 1;
    const page = r.expect(0);
    const start = r.pos;
    let locations = 0;
    for (let j = 0; j < items; j++) {
      // The first two items are the position arrays; their lengths are the chunk-size weight.
      if (j < 2 && r.buf[r.pos] >> 5 === 4) {
        const n = r.expect(4);
        locations += n;
        for (let k = 0; k < n; k++) r.skip();
      } else r.skip();
    }
    pages.push({ page, locations, items, raw: r.buf.subarray(start, r.pos) });
  }
  return pages;
}

/** The words of a chunk's CBOR, page numbers as stored (deltas). */
export function readWordChunk(cbor: Uint8Array): WordEntry[] {
  const r = new CborReader(cbor);
  if (r.expect(4) < 1) throw new Error('empty word index chunk');
  const count = r.expect(4);
  const words: WordEntry[] = [];
  for (let i = 0; i < count; i++) {
    const fields = r.expect(4);
    if (fields < 3) throw new Error(`word entry of ${fields} fields`);
    const word = r.text();
    const pages = readPages(r);
    const variants: WordEntry['variants'] = [];
    const nv = r.expect(4);
    for (let v = 0; v < nv; v++) {
      if (r.expect(4) !== 2) throw new Error('variant entry is not [form, pages]');
      variants.push({ form: r.text(), pages: readPages(r) });
    }
    words.push({ word, pages, variants, tailItems: fields - 3, tail: r.items(fields - 3) });
  }
  return words;
}

/** The head of a chunk of `words` words; the words follow. */
export function writeChunkHead(w: CborWriter, words: number): void {
  w.head(4, 1);
  w.head(4, words);
}

/** The head of a word entry holding `pages` pages and `tailItems` items after its variants; the pages follow, then the variants. */
export function writeWordHead(w: CborWriter, word: string, tailItems: number, pages: number): void {
  w.head(4, 3 + tailItems);
  w.text(word);
  w.head(4, pages);
}

/** The head of a page entry: `page` (a delta from the page before), then its `items` further items, which follow. */
export function writePageHead(w: CborWriter, items: number, page: number): void {
  w.head(4, items + 1);
  w.head(0, page);
}

/** The head of a word's variants list, after its pages. */
export function writeVariantsHead(w: CborWriter, variants: number): void {
  w.head(4, variants);
}

/** The head of one variant, its form and the number of its pages; the pages follow. */
export function writeVariantHead(w: CborWriter, form: string, pages: number): void {
  w.head(4, 2);
  w.text(form);
  w.head(4, pages);
}

function writePages(w: CborWriter, pages: PageHits[]): void {
  for (const p of pages) {
    writePageHead(w, p.items, p.page);
    w.bytes(p.raw);
  }
}

/** A chunk's CBOR for `words` (page numbers as given): what Pagefind itself would write. */
export function writeWordChunk(words: WordEntry[]): Uint8Array {
  const w = new CborWriter();
  writeChunkHead(w, words.length);
  for (const word of words) {
    writeWordHead(w, word.word, word.tailItems, word.pages.length);
    writePages(w, word.pages);
    writeVariantsHead(w, word.variants.length);
    for (const v of word.variants) {
      writeVariantHead(w, v.form, v.pages.length);
      writePages(w, v.pages);
    }
    w.bytes(word.tail);
  }
  return w.done();
}

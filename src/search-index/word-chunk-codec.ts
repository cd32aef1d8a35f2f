/**
 * Pagefind's word index chunks (`index/*.pf_index`, the CBOR inside) read and written without
 * decoding what a merge never changes: each page's positions stay the bytes Pagefind wrote; only
 * words, page numbers and array lengths are read. A chunk is `[words]`, a word
 * `[word, pages, variants, …]`, a page `[page number, positions, meta positions, …]`, a variant
 * `[form, pages]`; every array of definite length. Pure.
 */
import { CborReader, CborWriter } from './cbor-bytes.ts';

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

function writePages(w: CborWriter, pages: PageHits[]): void {
  w.head(4, pages.length);
  for (const p of pages) {
    w.head(4, p.items + 1);
    w.head(0, p.page);
    w.bytes(p.raw);
  }
}

/** A chunk's CBOR for `words` (page numbers as given): what Pagefind itself would write. */
export function writeWordChunk(words: WordEntry[]): Uint8Array {
  const w = new CborWriter();
  w.head(4, 1);
  w.head(4, words.length);
  for (const word of words) {
    w.head(4, 3 + word.tailItems);
    w.text(word.word);
    writePages(w, word.pages);
    w.head(4, word.variants.length);
    for (const v of word.variants) {
      w.head(4, 2);
      w.text(v.form);
      writePages(w, v.pages);
    }
    w.bytes(word.tail);
  }
  return w.done();
}

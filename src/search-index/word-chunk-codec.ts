/**
 * Pagefind's word index chunks (`index/*.pf_index`, the CBOR inside) read and written without
 * decoding what a merge never changes: each page's positions stay the bytes Pagefind wrote; only
 * words, page numbers and array lengths are read. A chunk is `[words]`, a word
 * `[word, pages, variants, …]`, a page `[page number, positions, meta positions, …]`, a variant
 * `[form, pages]`; every array of definite length. Pure.
 */

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

const utf8 = new TextDecoder('utf-8', { fatal: true });

class Reader {
  pos = 0;
  readonly buf: Uint8Array;
  constructor(buf: Uint8Array) {
    this.buf = buf;
  }
  /** The head of the next item: its major type and its argument (length or value). */
  head(): [major: number, arg: number] {
    const b = this.buf[this.pos++];
    if (b === undefined) throw new Error('word index chunk ends early');
    const info = b & 31;
    let arg: number;
    if (info < 24) arg = info;
    else if (info === 24) arg = this.buf[this.pos++];
    else if (info === 25) arg = (this.buf[this.pos++] << 8) | this.buf[this.pos++];
    else if (info === 26) arg = ((this.buf[this.pos++] << 24) >>> 0) + ((this.buf[this.pos++] << 16) | (this.buf[this.pos++] << 8) | this.buf[this.pos++]);
    else throw new Error(`unsupported CBOR head 0x${b.toString(16)} at byte ${this.pos - 1}`);
    return [b >> 5, arg];
  }
  expect(major: number): number {
    const [m, arg] = this.head();
    if (m !== major) throw new Error(`expected CBOR major type ${major}, found ${m} at byte ${this.pos}`);
    return arg;
  }
  text(): string {
    const n = this.expect(3);
    const s = utf8.decode(this.buf.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
  /** Skips one whole item (integers, strings, arrays of them). */
  skip(): void {
    const [major, arg] = this.head();
    if (major === 2 || major === 3) this.pos += arg;
    else if (major === 4) for (let i = 0; i < arg; i++) this.skip();
    else if (major === 5) for (let i = 0; i < 2 * arg; i++) this.skip();
  }
  /** The bytes of the next `n` items, skipped. */
  items(n: number): Uint8Array {
    const start = this.pos;
    for (let i = 0; i < n; i++) this.skip();
    return this.buf.subarray(start, this.pos);
  }
}

function readPages(r: Reader): PageHits[] {
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
  const r = new Reader(cbor);
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

class Writer {
  private buf = Buffer.allocUnsafe(1 << 16);
  private pos = 0;
  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }
  head(major: number, arg: number): void {
    this.room(9);
    const m = major << 5;
    if (arg < 24) this.buf[this.pos++] = m | arg;
    else if (arg < 0x100) this.buf.set([m | 24, arg], (this.pos += 2) - 2);
    else if (arg < 0x10000) this.buf.set([m | 25, arg >> 8, arg & 255], (this.pos += 3) - 3);
    else this.buf.set([m | 26, arg >>> 24, (arg >> 16) & 255, (arg >> 8) & 255, arg & 255], (this.pos += 5) - 5);
  }
  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  // Written into the buffer in place: TextEncoder.encode allocated an array per word (seconds at 50,000 letters).
  text(s: string): void {
    const n = Buffer.byteLength(s, 'utf8');
    this.head(3, n);
    this.room(n);
    this.pos += this.buf.write(s, this.pos, 'utf8');
  }
  done(): Uint8Array {
    return new Uint8Array(this.buf.subarray(0, this.pos));
  }
}

function writePages(w: Writer, pages: PageHits[]): void {
  w.head(4, pages.length);
  for (const p of pages) {
    w.head(4, p.items + 1);
    w.head(0, p.page);
    w.bytes(p.raw);
  }
}

/** A chunk's CBOR for `words` (page numbers as given): what Pagefind itself would write. */
export function writeWordChunk(words: WordEntry[]): Uint8Array {
  const w = new Writer();
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

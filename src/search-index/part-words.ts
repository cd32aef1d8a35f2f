/**
 * A part's words in the form the join needs: each word's pages numbered newest first within the
 * part and already encoded as a joined chunk holds them. Joining parts then writes each part's
 * block of pages after the newer parts' blocks, re-encoding only the block's first page number
 * (a chunk stores page numbers as deltas from the page before): no page is decoded, renumbered
 * or sorted again. A part is encoded once and the result kept with it (bundle-merge.ts). Pure.
 *
 * Layout, CBOR heads throughout: per word a record, `uint(length)` then `text(word)`,
 * `uint(tail items)`, `bytes(tail)`, its pages' block, `uint(variants)` and per variant
 * `text(form)` and its block. A block is `uint(count)`, then if any: `uint(first)`, `uint(last)`,
 * `uint(locations)`, `uint(first page's items)`, `bytes(first page's items)`, `bytes(rest)` —
 * `rest` the pages after the first as a chunk stores them.
 */
import { CborReader, CborWriter } from './cbor-bytes.ts';
import { renumber, type PageHits, type WordEntry } from './word-merge.ts';
import { compareCodePoints } from './pagefind/chunks.ts';
import { writePageHead, writeVariantHead, writeVariantsHead, writeWordHead } from './pagefind/word-chunk.ts';

/** A part's pages of one word (or variant), encoded: page numbers are the part's own, newest first. */
export interface PageBlock {
  count: number;
  first: number;
  last: number;
  /** Positions of all its pages: what the chunk size counts. */
  locations: number;
  firstItems: number;
  firstRaw: Uint8Array;
  rest: Uint8Array;
}

/** One word of a part. */
export interface PartWord {
  word: string;
  pages: PageBlock;
  variants: { form: string; block: PageBlock }[];
  tailItems: number;
  tail: Uint8Array;
}

function writeBlockOf(w: CborWriter, pages: PageHits[], rest: CborWriter): void {
  w.head(0, pages.length);
  if (!pages.length) return;
  rest.clear();
  let locations = pages[0].locations;
  for (let i = 1; i < pages.length; i++) {
    const p = pages[i];
    writePageHead(rest, p.items, p.page - pages[i - 1].page);
    rest.bytes(p.raw);
    locations += p.locations;
  }
  w.head(0, pages[0].page);
  w.head(0, pages[pages.length - 1].page);
  w.head(0, locations);
  w.head(0, pages[0].items);
  w.head(2, pages[0].raw.length);
  w.bytes(pages[0].raw);
  w.head(2, rest.length);
  w.bytes(rest.view());
}

function joinSame(a: WordEntry, b: WordEntry): WordEntry {
  const variants = new Map<string, PageHits[]>();
  for (const v of [...a.variants, ...b.variants]) variants.set(v.form, [...(variants.get(v.form) ?? []), ...v.pages]);
  return { ...a, pages: [...a.pages, ...b.pages], variants: [...variants].map(([form, pages]) => ({ form, pages })) };
}

/** Encodes a part's words, given in order, one record each: the form `encodePartWords` writes. */
class PartWordsWriter {
  private readonly out = new CborWriter();
  private readonly record = new CborWriter();
  private readonly rest = new CborWriter();
  private pending: WordEntry | undefined;
  private readonly ranks: ArrayLike<number>;
  constructor(ranks: ArrayLike<number>) {
    this.ranks = ranks;
  }
  add(word: WordEntry): void {
    if (!this.pending) this.pending = word;
    else if (word.word === this.pending.word) this.pending = joinSame(this.pending, word);
    else if (compareCodePoints(word.word, this.pending.word) < 0)
      throw new Error(`part words out of order: "${word.word}" after "${this.pending.word}"`);
    else {
      this.write(this.pending);
      this.pending = word;
    }
  }
  private write(entry: WordEntry): void {
    const word = renumber(entry, this.ranks);
    const r = this.record;
    r.clear();
    r.text(word.word);
    r.head(0, word.tailItems);
    r.head(2, word.tail.length);
    r.bytes(word.tail);
    writeBlockOf(r, word.pages, this.rest);
    const variants = [...word.variants].sort((a, b) => compareCodePoints(a.form, b.form));
    r.head(0, variants.length);
    for (const v of variants) {
      r.text(v.form);
      writeBlockOf(r, v.pages, this.rest);
    }
    this.out.head(0, r.length);
    this.out.bytes(r.view());
  }
  done(): Uint8Array {
    if (this.pending) this.write(this.pending);
    this.pending = undefined;
    return this.out.done();
  }
}

/**
 * A part's words encoded: `words` in code point order as its chunks hold them (page numbers
 * absolute within the part), each page given its number newest first, `ranks[page]`; a word
 * given twice in a row is joined.
 */
export function encodePartWords(words: Iterable<WordEntry>, ranks: ArrayLike<number>): Uint8Array {
  const w = new PartWordsWriter(ranks);
  for (const word of words) w.add(word);
  return w.done();
}

function readBlock(r: CborReader): PageBlock {
  const count = r.uint();
  if (!count) return { count, first: 0, last: 0, locations: 0, firstItems: 0, firstRaw: new Uint8Array(), rest: new Uint8Array() };
  return {
    count,
    first: r.uint(),
    last: r.uint(),
    locations: r.uint(),
    firstItems: r.uint(),
    firstRaw: r.byteString(),
    rest: r.byteString(),
  };
}

/** The word whose record (without its length head) is `bytes`; its fields are views of them. */
export function decodePartWord(bytes: Uint8Array): PartWord {
  const r = new CborReader(bytes);
  const word = r.text();
  const tailItems = r.uint();
  const tail = r.byteString();
  const pages = readBlock(r);
  const variants = Array.from({ length: r.uint() }, () => ({ form: r.text(), block: readBlock(r) }));
  if (r.pos !== bytes.length) throw new Error(`part word "${word}": ${bytes.length - r.pos} bytes left over`);
  return { word, pages, variants, tailItems, tail };
}

function writeBlock(w: CborWriter, b: PageBlock, offset: number, prev: number): number {
  if (!b.count) return prev;
  writePageHead(w, b.firstItems, b.first + offset - prev);
  w.bytes(b.firstRaw);
  w.bytes(b.rest);
  return b.last + offset;
}

/**
 * Writes one word of a joined chunk from the parts that hold it, given newest part first, each
 * with `offset`, the number of pages of the parts newer than it. Its further fields are those of
 * the oldest part.
 */
export function writeJoinedWord(w: CborWriter, held: readonly { word: PartWord; offset: number }[]): void {
  const oldest = held[held.length - 1].word;
  writeWordHead(
    w,
    oldest.word,
    oldest.tailItems,
    held.reduce((n, h) => n + h.word.pages.count, 0),
  );
  let prev = 0;
  for (const h of held) prev = writeBlock(w, h.word.pages, h.offset, prev);
  const forms = [...new Set(held.flatMap((h) => h.word.variants.map((v) => v.form)))].sort(compareCodePoints);
  writeVariantsHead(w, forms.length);
  for (const form of forms) {
    const blocks = held.flatMap((h) => h.word.variants.filter((v) => v.form === form).map((v) => ({ block: v.block, offset: h.offset })));
    writeVariantHead(
      w,
      form,
      blocks.reduce((n, b) => n + b.block.count, 0),
    );
    prev = 0;
    for (const b of blocks) prev = writeBlock(w, b.block, b.offset, prev);
  }
  w.bytes(oldest.tail);
}

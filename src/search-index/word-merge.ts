/**
 * Joining the word indexes of several Pagefind bundles into one, as Pagefind itself would have
 * written it for all their pages: the words of each bundle arrive sorted, pages numbered after
 * those of the bundles before it; equal words are joined, then cut into chunks by Pagefind's rule.
 * Pure: no files, no Pagefind.
 */
import type { PageHits, WordEntry } from './word-chunk-codec.ts';

export type { PageHits, WordEntry };

// Sorts UTF-16 code units into code point order (the byte order of UTF-8, which Pagefind sorts by).
function codePointKey(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** Orders strings as Rust orders `String`s (by UTF-8 bytes, i.e. by code point). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointKey(x) - codePointKey(y);
  }
  return a.length - b.length;
}

function undelta(pages: PageHits[], offset: number): void {
  let page = offset;
  for (const p of pages) p.page = page += p.page;
}

function delta(pages: PageHits[]): void {
  let last = 0;
  for (const p of pages) {
    const n = p.page;
    p.page = n - last;
    last = n;
  }
}

/**
 * Turns a word entry as stored in a chunk (page numbers as deltas) into absolute page numbers +
 * `offset`, in place: decoded entries are used once, and copying them costs more than the merge.
 */
export function toAbsolute(entry: WordEntry, offset: number): WordEntry {
  undelta(entry.pages, offset);
  for (const v of entry.variants) undelta(v.pages, offset);
  return entry;
}

/** Turns a word entry's absolute page numbers into deltas as stored in a chunk, in place. */
export function toDeltas(entry: WordEntry): WordEntry {
  delta(entry.pages);
  for (const v of entry.variants) delta(v.pages);
  return entry;
}

function renumberPages(pages: PageHits[], numbers: ArrayLike<number>): void {
  for (const p of pages) p.page = numbers[p.page];
  pages.sort((a, b) => a.page - b.page);
}

/**
 * Gives a word entry's pages (absolute numbers) their new numbers, `numbers[old]`, and puts them
 * back in ascending order, as a chunk stores them; in place.
 */
export function renumber(entry: WordEntry, numbers: ArrayLike<number>): WordEntry {
  renumberPages(entry.pages, numbers);
  for (const v of entry.variants) renumberPages(v.pages, numbers);
  return entry;
}

function joinWords(same: WordEntry[]): WordEntry {
  if (same.length === 1) return same[0];
  const variants = new Map<string, PageHits[]>();
  for (const w of same) {
    for (const v of w.variants) {
      const pages = variants.get(v.form);
      if (pages) pages.push(...v.pages);
      else variants.set(v.form, [...v.pages]);
    }
  }
  const forms = [...variants.keys()].sort(compareCodePoints);
  return { ...same[0], pages: same.flatMap((w) => w.pages), variants: forms.map((form) => ({ form, pages: variants.get(form)! })) };
}

/** A binary min-heap of stream heads, by word (code point order), then stream number. */
class Heads {
  private readonly items: { word: WordEntry; stream: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): { word: WordEntry; stream: number } {
    return this.items[0];
  }
  private less(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    const c = compareCodePoints(a.word.word, b.word.word);
    return c < 0 || (c === 0 && a.stream < b.stream);
  }
  private swap(i: number, j: number): void {
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }
  push(item: { word: WordEntry; stream: number }): void {
    this.items.push(item);
    for (let i = this.items.length - 1; i > 0 && this.less(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
  }
  pop(): { word: WordEntry; stream: number } {
    const top = this.items[0];
    const last = this.items.pop()!;
    if (this.items.length) {
      this.items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const m = l + 1 < this.items.length && this.less(l + 1, l) ? l + 1 : l;
        if (m >= this.items.length || !this.less(m, i)) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}

/**
 * Merges sorted word streams into one sorted stream (absolute page numbers in, absolute out).
 * Streams must be given in page order: a word's pages are joined in stream order.
 */
export function* mergeWords(streams: Iterable<WordEntry>[]): Generator<WordEntry> {
  const its = streams.map((s) => s[Symbol.iterator]());
  const heads = new Heads();
  const advance = (stream: number) => {
    const next = its[stream].next();
    if (!next.done) heads.push({ word: next.value, stream });
  };
  its.forEach((_, i) => advance(i));
  while (heads.size) {
    const word = heads.peek().word.word;
    const same: WordEntry[] = [];
    // Ties pop in stream order; a stream holding the word twice gives both, in its own order.
    while (heads.size && heads.peek().word.word === word) {
      const { word: entry, stream } = heads.pop();
      same.push(entry);
      advance(stream);
    }
    yield joinWords(same);
  }
}

function weight(entry: WordEntry): number {
  let n = 0;
  for (const p of entry.pages) n += p.locations + 1;
  return n;
}

/** Cuts a sorted word stream into chunks as Pagefind does: a chunk ends once it holds `size` locations. */
export function* chunkWords(words: Iterable<WordEntry>, size: number): Generator<WordEntry[]> {
  let chunk: WordEntry[] = [];
  let held = 0;
  for (const w of words) {
    chunk.push(w);
    held += weight(w);
    if (held >= size) {
      yield chunk;
      chunk = [];
      held = 0;
    }
  }
  if (chunk.length) yield chunk;
}

function prefixes(a: string, b: string): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/**
 * The `[from, to]` word range the search loads each chunk for, given each chunk's first and last
 * word: neighbouring bounds shortened to the prefixes that still tell them apart (Pagefind's rule).
 */
export function chunkRanges(bounds: [first: string, last: string][]): [string, string][] {
  const ranges = bounds.map(([f, l]) => [f, l] as [string, string]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = prefixes(ranges[i][1], ranges[i + 1][0]);
    if (compareCodePoints(to, ranges[i][0]) >= 0) ranges[i][1] = to;
    ranges[i + 1][0] = from;
  }
  return ranges;
}

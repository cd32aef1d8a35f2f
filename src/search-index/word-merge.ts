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

function joinWords(same: WordEntry[]): WordEntry {
  if (same.length === 1) return same[0];
  const variants = new Map<string, PageHits[]>();
  for (const w of same) for (const v of w.variants) variants.set(v.form, [...(variants.get(v.form) ?? []), ...v.pages]);
  const forms = [...variants.keys()].sort(compareCodePoints);
  return { ...same[0], pages: same.flatMap((w) => w.pages), variants: forms.map((form) => ({ form, pages: variants.get(form)! })) };
}

/**
 * Merges sorted word streams into one sorted stream (absolute page numbers in, absolute out).
 * Streams must be given in page order: a word's pages are joined in stream order.
 */
export function* mergeWords(streams: Iterable<WordEntry>[]): Generator<WordEntry> {
  const its = streams.map((s) => s[Symbol.iterator]());
  const heads = its.map((it) => it.next());
  for (;;) {
    let min: string | undefined;
    for (const h of heads) if (!h.done && (min === undefined || compareCodePoints(h.value.word, min) < 0)) min = h.value.word;
    if (min === undefined) return;
    const same: WordEntry[] = [];
    for (let i = 0; i < heads.length; i++) {
      while (!heads[i].done && heads[i].value!.word === min) {
        same.push(heads[i].value!);
        heads[i] = its[i].next();
      }
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

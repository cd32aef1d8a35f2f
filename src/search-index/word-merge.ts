/**
 * Joining the word indexes of several Pagefind bundles into one, as Pagefind itself would have
 * written it for all their pages: the words of each bundle arrive sorted, pages numbered after
 * those of the bundles before it; equal words are joined, then cut into chunks by Pagefind's rule.
 * Pure: no files, no Pagefind.
 */
import type { Cbor } from './pagefind-codec.ts';

/** One page's hits on a word: `[page number, positions, meta positions, …]`. */
export type PageHits = [number, ...Cbor[]];
/** A word's entry: `[word, pages, variants ([form, pages][]), …]`. */
export type WordEntry = [string, PageHits[], [string, PageHits[]][], ...Cbor[]];

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
  for (const p of pages) p[0] = page += p[0];
}

function delta(pages: PageHits[]): void {
  let last = 0;
  for (const p of pages) {
    const n = p[0];
    p[0] = n - last;
    last = n;
  }
}

/**
 * Turns a word entry as stored in a chunk (page numbers as deltas) into absolute page numbers +
 * `offset`, in place: decoded entries are used once, and copying them costs more than the merge.
 */
export function toAbsolute(entry: WordEntry, offset: number): WordEntry {
  undelta(entry[1], offset);
  for (const [, pages] of entry[2]) undelta(pages, offset);
  return entry;
}

/** Turns a word entry's absolute page numbers into deltas as stored in a chunk, in place. */
export function toDeltas(entry: WordEntry): WordEntry {
  delta(entry[1]);
  for (const [, pages] of entry[2]) delta(pages);
  return entry;
}

function joinWords(same: WordEntry[]): WordEntry {
  if (same.length === 1) return same[0];
  const variants = new Map<string, PageHits[]>();
  for (const [, , vs] of same) for (const [form, pages] of vs) variants.set(form, [...(variants.get(form) ?? []), ...pages]);
  const [word, , , ...rest] = same[0];
  const forms = [...variants.keys()].sort(compareCodePoints);
  return [word, same.flatMap((w) => w[1]), forms.map((f) => [f, variants.get(f)!] as [string, PageHits[]]), ...rest];
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
    for (const h of heads) if (!h.done && (min === undefined || compareCodePoints(h.value[0], min) < 0)) min = h.value[0];
    if (min === undefined) return;
    const same: WordEntry[] = [];
    for (let i = 0; i < heads.length; i++) {
      while (!heads[i].done && heads[i].value![0] === min) {
        same.push(heads[i].value!);
        heads[i] = its[i].next();
      }
    }
    yield joinWords(same);
  }
}

function weight(entry: WordEntry): number {
  let n = 0;
  for (const [, locs, metaLocs] of entry[1]) n += (Array.isArray(locs) ? locs.length : 0) + (Array.isArray(metaLocs) ? metaLocs.length : 0) + 1;
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

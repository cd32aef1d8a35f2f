/**
 * The steps of joining the word indexes of several Pagefind bundles into one, as Pagefind itself
 * would have written it for all their pages: page numbers as stored (deltas) and as numbered
 * anew, sorted streams merged in Pagefind's word order (pagefind/chunks.ts). Pure: no files.
 */
import type { PageHits, WordEntry } from './pagefind/word-chunk.ts';
import { compareCodePoints } from './pagefind/chunks.ts';

export type { PageHits, WordEntry };

function undelta(pages: PageHits[], offset: number): void {
  let page = offset;
  for (const p of pages) p.page = page += p.page;
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

/** A binary min-heap of stream heads, by key (code point order), then stream number. */
class Heads<T> {
  private readonly items: { item: T; key: string; stream: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): { item: T; key: string; stream: number } {
    return this.items[0];
  }
  private less(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    const c = compareCodePoints(a.key, b.key);
    return c < 0 || (c === 0 && a.stream < b.stream);
  }
  private swap(i: number, j: number): void {
    [this.items[i], this.items[j]] = [this.items[j], this.items[i]];
  }
  push(head: { item: T; key: string; stream: number }): void {
    this.items.push(head);
    for (let i = this.items.length - 1; i > 0 && this.less(i, (i - 1) >> 1); i = (i - 1) >> 1) this.swap(i, (i - 1) >> 1);
  }
  pop(): { item: T; key: string; stream: number } {
    const top = this.items[0];
    const last = this.items.pop()!;
    if (this.items.length) {
      this.items[0] = last;
      for (let i = 0; ;) {
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
 * Merges streams, each sorted by `key` (code point order) and holding a key once, into groups of
 * the items of equal key, in stream order. The streams of a group are read on only when the next
 * group is asked for: a stream may reuse an item's memory once it has given the next.
 */
export function* mergeByKey<T>(streams: Iterable<T>[], key: (item: T) => string): Generator<{ item: T; stream: number }[]> {
  const its = streams.map((s) => s[Symbol.iterator]());
  const heads = new Heads<T>();
  const advance = (stream: number, after?: string) => {
    const next = its[stream].next();
    if (next.done) return;
    const k = key(next.value);
    if (after !== undefined && compareCodePoints(k, after) <= 0)
      throw new Error(`stream ${stream} is not sorted by key, each once: "${k}" after "${after}"`);
    heads.push({ item: next.value, key: k, stream });
  };
  its.forEach((_, i) => advance(i));
  while (heads.size) {
    const k = heads.peek().key;
    const same: { item: T; stream: number }[] = [];
    while (heads.size && heads.peek().key === k) {
      const { item, stream } = heads.pop();
      same.push({ item, stream });
    }
    yield same;
    for (const { stream } of same) advance(stream, k);
  }
}

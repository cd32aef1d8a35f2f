/**
 * The archive flattened for linking: every item with its term keys, lookups by id and anchor,
 * letters ranked newest first, and the inverted index term key → items. Pure.
 */
import type { LinkItem, LinkLetter } from './cross-link-types.ts';
import { normalizeTerm, termDisplay } from './term-normalize.ts';

/** One item of the archive: where it is, and its terms (keys, and this item's spelling of each). */
export interface IndexedItem {
  /** Index of its letter in `ArchiveIndex.letters`. */
  letter: number;
  item: LinkItem;
  keys: string[];
  displays: string[];
}

export interface ArchiveIndex {
  letters: LinkLetter[];
  /** Letter by letter in input order, each letter's items in document order. */
  items: IndexedItem[];
  letterIndex: Map<string, number>;
  /** `letterId#anchor` → index in `items`. */
  itemIndex: Map<string, number>;
  /** Per letter: the index in `items` of its first item (its items are contiguous). */
  firstItem: number[];
  /** Per letter: its place when letters are ordered newest first (date desc, then id). */
  rank: number[];
}

/** Indexes the letters; throws on a repeated letter id or a repeated anchor within a letter. */
export function indexLetters(letters: LinkLetter[]): ArchiveIndex {
  const letterIndex = new Map<string, number>();
  const itemIndex = new Map<string, number>();
  const items: IndexedItem[] = [];
  const firstItem: number[] = [];
  letters.forEach((l, li) => {
    if (letterIndex.has(l.id)) throw new Error(`cross-links: letter ${l.id} appears twice`);
    letterIndex.set(l.id, li);
    firstItem.push(items.length);
    for (const item of l.items) {
      const ref = `${l.id}#${item.anchor}`;
      if (itemIndex.has(ref)) throw new Error(`cross-links: letter ${l.id} has anchor ${item.anchor} twice`);
      itemIndex.set(ref, items.length);
      items.push({ letter: li, item, keys: [], displays: [] });
      for (const t of item.terms) addTerm(items[items.length - 1], t);
    }
  });
  const order = letters.map((_, i) => i).sort((a, b) => newestFirst(letters[a], letters[b]));
  const rank: number[] = new Array(letters.length);
  order.forEach((li, r) => (rank[li] = r));
  return { letters, items, letterIndex, itemIndex, firstItem, rank };
}

/** Adds a term (display form) to the item unless its key is there; empty terms are ignored. */
export function addTerm(it: IndexedItem, term: string): void {
  const key = normalizeTerm(term);
  if (!key || it.keys.includes(key)) return;
  it.keys.push(key);
  it.displays.push(termDisplay(term));
}

/** Removes the term with this key from the item, if it has it. */
export function removeTerm(it: IndexedItem, key: string): void {
  const k = it.keys.indexOf(key);
  if (k < 0) return;
  it.keys.splice(k, 1);
  it.displays.splice(k, 1);
}

/** The inverted index: term key → indexes of the items naming it, ascending. */
export function buildPostings(items: IndexedItem[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  items.forEach((it, i) => {
    for (const key of it.keys) {
      let list = postings.get(key);
      if (!list) postings.set(key, (list = []));
      list.push(i);
    }
  });
  return postings;
}

/** Letters newest first: date descending, then id ascending (code-unit order). */
export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Code-unit order, independent of the build machine's locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

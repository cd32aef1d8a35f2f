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
  /** Per letter: the index in `items` of its first item (its items are contiguous). */
  firstItem: number[];
  /** Per letter: its place when letters are ordered newest first (date desc, then id). */
  rank: number[];
}

/** Indexes the letters; throws on a repeated letter id or a repeated anchor within a letter. */
export function indexLetters(letters: LinkLetter[]): ArchiveIndex {
  const letterIndex = new Map<string, number>();
  const items: IndexedItem[] = [];
  const firstItem: number[] = [];
  letters.forEach((l, li) => {
    if (letterIndex.has(l.id)) throw new Error(`cross-links: letter ${l.id} appears twice`);
    letterIndex.set(l.id, li);
    firstItem.push(items.length);
    const anchors = new Set<string>();
    for (const item of l.items) {
      if (anchors.has(item.anchor)) throw new Error(`cross-links: letter ${l.id} has anchor ${item.anchor} twice`);
      anchors.add(item.anchor);
      const it: IndexedItem = { letter: li, item, keys: [], displays: [] };
      for (const t of item.terms) addTerm(it, t);
      items.push(it);
    }
  });
  const order = letters.map((_, i) => i).sort((a, b) => newestFirst(letters[a], letters[b]));
  const rank: number[] = new Array(letters.length);
  order.forEach((li, r) => (rank[li] = r));
  return { letters, items, letterIndex, firstItem, rank };
}

/** The index in `items` of the letter's item with this anchor, or undefined. */
export function findItem(index: ArchiveIndex, letterId: string, anchor: string): number | undefined {
  const li = index.letterIndex.get(letterId);
  if (li === undefined) return undefined;
  const k = index.letters[li].items.findIndex((item) => item.anchor === anchor);
  return k < 0 ? undefined : index.firstItem[li] + k;
}

/** Adds a term (display form) to the item unless its key is there; empty terms are ignored. */
export function addTerm(it: IndexedItem, term: string): void {
  const display = termDisplay(term);
  const key = normalizeTerm(display);
  if (!key || it.keys.includes(key)) return;
  it.keys.push(key);
  it.displays.push(display);
}

/** Removes the term with this key from the item, if it has it. */
export function removeTerm(it: IndexedItem, key: string): void {
  const k = it.keys.indexOf(key);
  if (k < 0) return;
  it.keys.splice(k, 1);
  it.displays.splice(k, 1);
}

/** The archive's terms as numbers: what the inverted index and the scoring run on. */
export interface TermTable {
  /** Term id → key. */
  keys: string[];
  /** Term id → the items naming it: newest letter first (date desc, then id), document order within. */
  postings: number[][];
  /** Item → its term ids, in the item's order. */
  itemTerms: number[][];
  /** Item → its place in newest-first order (the order of every posting list). */
  itemRank: Int32Array;
}

/** The inverted index term → items over the items' current terms (after any term edits). */
export function indexTerms(index: ArchiveIndex): TermTable {
  const { items, letters, firstItem, rank } = index;
  const idOf = new Map<string, number>();
  const keys: string[] = [];
  const postings: number[][] = [];
  const itemTerms: number[][] = new Array(items.length);
  const itemRank = new Int32Array(items.length);
  const byRank = letters.map((_, li) => li).sort((a, b) => rank[a] - rank[b]);
  let r = 0;
  // Items contiguous per letter, letters newest first: every posting list comes out in that order.
  for (const li of byRank) {
    for (let i = firstItem[li]; i < firstItem[li] + letters[li].items.length; i++) {
      itemRank[i] = r++;
      itemTerms[i] = items[i].keys.map((key) => {
        let t = idOf.get(key);
        if (t === undefined) {
          idOf.set(key, (t = keys.length));
          keys.push(key);
          postings.push([]);
        }
        postings[t].push(i);
        return t;
      });
    }
  }
  return { keys, postings, itemTerms, itemRank };
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

/**
 * Which items relate to which, by the terms they share. An item's score for another item is
 * the sum, over the terms both name, of log(1 + N / df) — N items in the archive, df the items
 * naming the term — so one shared rare term outweighs several common ones. Terms named by too
 * many items (see `CrossLinkOptions.commonShare`) are skipped: they would relate everything to
 * everything, and their posting lists are what would make this quadratic. Pure, except for the
 * scratch score array reused between calls.
 */
import type { ArchiveIndex, IndexedItem } from './archive-index.ts';

export interface RelatedContext {
  index: ArchiveIndex;
  postings: Map<string, number[]>;
  /** Weight of each term that may relate items; common terms are absent. */
  weight: Map<string, number>;
  /** Scratch: one score per item, all zero between calls. */
  scores: Float64Array;
}

/** The context for an archive: weights log(1 + N / df) for the terms at most `maxDf` items name. */
export function relatedContext(index: ArchiveIndex, postings: Map<string, number[]>, maxDf: number): RelatedContext {
  const n = index.items.length;
  const weight = new Map<string, number>();
  for (const [key, list] of postings) if (list.length <= maxDf) weight.set(key, Math.log(1 + n / list.length));
  return { index, postings, weight, scores: new Float64Array(n) };
}

/**
 * The items of other letters that share a weighted term with item `i`, best first, at most
 * `limit`, none of `exclude`. Ties: the newer letter first (date desc, then id), then document order.
 */
export function relatedItems(ctx: RelatedContext, i: number, limit: number, exclude?: Set<number>): number[] {
  const { items, rank } = ctx.index;
  const { scores } = ctx;
  const me = items[i];
  const touched: number[] = [];
  for (const key of me.keys) {
    const w = ctx.weight.get(key);
    if (w === undefined) continue;
    for (const j of ctx.postings.get(key)!) {
      if (items[j].letter === me.letter) continue;
      if (scores[j] === 0) touched.push(j);
      scores[j] += w;
    }
  }
  // Sums are added in this item's term order, so equal shared sets give bit-equal scores.
  const better = (a: number, b: number) =>
    scores[a] !== scores[b] ? scores[a] > scores[b] : rank[items[a].letter] !== rank[items[b].letter] ? rank[items[a].letter] < rank[items[b].letter] : a < b;
  const best: number[] = [];
  for (const j of touched) {
    if (exclude?.has(j) || limit <= 0) continue;
    if (best.length === limit && !better(j, best[limit - 1])) continue;
    let k = best.length;
    while (k > 0 && better(j, best[k - 1])) k--;
    best.splice(k, 0, j);
    if (best.length > limit) best.pop();
  }
  for (const j of touched) scores[j] = 0;
  return best;
}

/** The measures of item `i`'s own letter that share any term with it (common ones too), in document order. */
export function continuedMeasures(ctx: RelatedContext, i: number): number[] {
  const { items, letters, firstItem } = ctx.index;
  const me = items[i];
  const first = firstItem[me.letter];
  const out: number[] = [];
  for (let j = first; j < first + letters[me.letter].items.length; j++) {
    if (j !== i && items[j].item.kind === 'measure' && shared(me, items[j]).length > 0) out.push(j);
  }
  return out;
}

/**
 * The measures of letters dated after item `i`'s letter that share a weighted term with it:
 * oldest first (date asc, then letter id), document order within a letter, at most `limit`.
 */
export function laterMeasures(ctx: RelatedContext, i: number, limit: number): number[] {
  const { items, letters } = ctx.index;
  const me = items[i];
  const date = letters[me.letter].date;
  const found = new Set<number>();
  for (const key of me.keys) {
    if (!ctx.weight.has(key)) continue;
    for (const j of ctx.postings.get(key)!) {
      if (items[j].item.kind === 'measure' && letters[items[j].letter].date > date) found.add(j);
    }
  }
  const later = (a: number, b: number) => {
    const x = letters[items[a].letter];
    const y = letters[items[b].letter];
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    if (x.id !== y.id) return x.id < y.id ? -1 : 1;
    return a - b;
  };
  return [...found].sort(later).slice(0, limit);
}

/** The display forms (in `a`'s spelling and order) of the terms `a` and `b` both name. */
export function shared(a: IndexedItem, b: IndexedItem): string[] {
  const out: string[] = [];
  a.keys.forEach((k, n) => {
    if (b.keys.includes(k)) out.push(a.displays[n]);
  });
  return out;
}

/**
 * Which items relate to which, by the terms they share. An item's score for another item is
 * the sum, over the terms both name, of log(1 + N / df) — N items in the archive, df the items
 * naming the term — so one shared rare term outweighs several common ones. Terms named by more
 * than `maxDf` items are skipped: they would relate everything to everything, and their posting
 * lists are what would make this quadratic. Pure, except for scratch arrays reused between calls.
 */
import type { ArchiveIndex, TermTable } from './archive-index.ts';

export interface RelatedContext {
  index: ArchiveIndex;
  terms: TermTable;
  /** Term id → weight; 0 for the common terms skipped by `related` and `reportedBy`. */
  weight: Float64Array;
  /** Item → its letter's index; item → its letter's date as a number (20250903). */
  letterOf: Int32Array;
  dateOf: Int32Array;
  /** Item → rank of its letter when ordered by id (the tie-break among equal dates). */
  idRank: Int32Array;
  /** Item → 1 for a measure, 0 for a commitment. */
  isMeasure: Uint8Array;
  /** Scratch: one score per item (all zero between calls), the items touched, a visit stamp. */
  scores: Float64Array;
  touched: Int32Array;
  stamp: Int32Array;
  visit: number;
}

/** The context for an archive whose terms are indexed in `terms`. */
export function relatedContext(index: ArchiveIndex, terms: TermTable, maxDf: number): RelatedContext {
  const { items, letters } = index;
  const n = items.length;
  const weight = new Float64Array(terms.postings.length);
  terms.postings.forEach((p, t) => (weight[t] = p.length <= maxDf ? Math.log(1 + n / p.length) : 0));
  const byId = letters.map((_, li) => li).sort((a, b) => (letters[a].id < letters[b].id ? -1 : 1));
  const letterIdRank = new Int32Array(letters.length);
  byId.forEach((li, r) => (letterIdRank[li] = r));
  const letterDate = letters.map((l) => Number(l.date.replaceAll('-', '')) || 0);
  const letterOf = new Int32Array(n);
  const dateOf = new Int32Array(n);
  const idRank = new Int32Array(n);
  const isMeasure = new Uint8Array(n);
  // Plain loops: TypedArray.from with a mapping function goes through the iterator protocol.
  for (let i = 0; i < n; i++) {
    const li = items[i].letter;
    letterOf[i] = li;
    dateOf[i] = letterDate[li];
    idRank[i] = letterIdRank[li];
    isMeasure[i] = items[i].item.kind === 'measure' ? 1 : 0;
  }
  return {
    index,
    terms,
    weight,
    letterOf,
    dateOf,
    idRank,
    isMeasure,
    scores: new Float64Array(n),
    touched: new Int32Array(n),
    stamp: new Int32Array(n),
    visit: 0,
  };
}

/**
 * The items of other letters that share a weighted term with item `i`, best first, at most
 * `limit`, none of `exclude`. Ties: the newer letter first (date desc, then id), then document order.
 */
export function relatedItems(ctx: RelatedContext, i: number, limit: number, exclude?: Set<number>): number[] {
  const { scores, touched, letterOf, weight } = ctx;
  const { postings, itemTerms, itemRank } = ctx.terms;
  const mine = letterOf[i];
  let count = 0;
  for (const t of itemTerms[i]) {
    const w = weight[t];
    if (w === 0) continue;
    const list = postings[t];
    for (let k = 0; k < list.length; k++) {
      const j = list[k];
      if (letterOf[j] === mine) continue;
      if (scores[j] === 0) touched[count++] = j;
      scores[j] += w;
    }
  }
  // Sums are added in this item's term order, so equal shared sets give bit-equal scores.
  const better = (a: number, b: number) => (scores[a] !== scores[b] ? scores[a] > scores[b] : itemRank[a] < itemRank[b]);
  const best = select(touched, count, limit, better, exclude);
  for (let k = 0; k < count; k++) scores[touched[k]] = 0;
  return best;
}

/** The measures of item `i`'s own letter that share any term with it (common ones too), in document order. */
export function continuedMeasures(ctx: RelatedContext, i: number): number[] {
  const { letters, firstItem } = ctx.index;
  const { itemTerms } = ctx.terms;
  const li = ctx.letterOf[i];
  const first = firstItem[li];
  const out: number[] = [];
  for (let j = first; j < first + letters[li].items.length; j++) {
    if (j !== i && ctx.isMeasure[j] && itemTerms[i].some((t) => itemTerms[j].includes(t))) out.push(j);
  }
  return out;
}

/**
 * The measures of letters dated after item `i`'s letter that share a weighted term with it:
 * oldest first (date asc, then letter id), document order within a letter, at most `limit`.
 */
export function laterMeasures(ctx: RelatedContext, i: number, limit: number): number[] {
  const { dateOf, idRank, weight, stamp, touched, isMeasure } = ctx;
  const { postings, itemTerms } = ctx.terms;
  const visit = ++ctx.visit;
  let count = 0;
  for (const t of itemTerms[i]) {
    if (weight[t] === 0) continue;
    const list = postings[t];
    // Posting lists run newest first: the later items are a prefix.
    for (let k = 0; k < list.length && dateOf[list[k]] > dateOf[i]; k++) {
      const j = list[k];
      if (stamp[j] === visit || !isMeasure[j]) continue;
      stamp[j] = visit;
      touched[count++] = j;
    }
  }
  const earlier = (a: number, b: number) =>
    dateOf[a] !== dateOf[b] ? dateOf[a] < dateOf[b] : idRank[a] !== idRank[b] ? idRank[a] < idRank[b] : a < b;
  return select(touched, count, limit, earlier);
}

/** The display forms (in item `a`'s spelling and order) of the terms items `a` and `b` both name. */
export function shared(ctx: RelatedContext, a: number, b: number): string[] {
  const { itemTerms } = ctx.terms;
  const displays = ctx.index.items[a].displays;
  const out: string[] = [];
  for (let n = 0; n < itemTerms[a].length; n++) if (itemTerms[b].includes(itemTerms[a][n])) out.push(displays[n]);
  return out;
}

/** The first `limit` of `from[0..count)` by `before`, skipping `exclude`: insertion into a short list. */
function select(
  from: Int32Array,
  count: number,
  limit: number,
  before: (a: number, b: number) => boolean,
  exclude?: Set<number>,
): number[] {
  const best: number[] = [];
  if (limit <= 0) return best;
  for (let k = 0; k < count; k++) {
    const j = from[k];
    if (best.length === limit && !before(j, best[limit - 1])) continue;
    if (exclude?.has(j)) continue;
    let at = best.length;
    while (at > 0 && before(j, best[at - 1])) at--;
    best.splice(at, 0, j);
    if (best.length > limit) best.pop();
  }
  return best;
}

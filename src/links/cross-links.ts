/**
 * Cross-links between the measures and 下一步 commitments of the archive's letters: the term
 * index (every term, the items naming it), each item's term links, its related items in other
 * letters, and for a commitment the measures it continues and the later measures reporting on
 * it; editor overrides on top. Pure and deterministic: same input, same output, same order.
 *
 * The site calls it once per build, over all letters:
 *   buildCrossLinks(letters.map((l) => ({ id, url: urls.letter(year, id), title, date, replyingUnit,
 *     items: [...sections.flatMap((s) => s.measures) as 'measure', ...nextSteps as 'commitment'] })), edits)
 * and renders `terms` as the term index and term pages, `byItem[id][anchor]` beside each
 * measure or commitment; a thrown Error (bad edit target) fails the build.
 */
import { addTerm, byCodeUnits, indexLetters, indexTerms, removeTerm } from './archive-index.ts';
import type { ArchiveIndex, TermTable } from './archive-index.ts';
import type { CrossLinkOptions, CrossLinks, ItemLinks, ItemRef, LinkEdits, LinkLetter, TermEntry } from './cross-link-types.ts';
import { resolveEdits } from './link-edits.ts';
import type { ResolvedEdits } from './link-edits.ts';
import { continuedMeasures, laterMeasures, relatedContext, relatedItems, shared } from './related-items.ts';
import type { RelatedContext } from './related-items.ts';
import { termSlug } from './term-normalize.ts';

export type * from './cross-link-types.ts';

const DEFAULTS: Required<CrossLinkOptions> = { maxRelated: 5, maxReportedBy: 10, commonShare: 0.002, commonMin: 200 };
const EDITED = '编辑添加';

/**
 * Builds every cross-link of the archive. Throws (naming the letter and the target) when an
 * edit names a letter, anchor or term that does not exist, or when ids or anchors repeat.
 */
export function buildCrossLinks(letters: LinkLetter[], edits: LinkEdits = {}, options: CrossLinkOptions = {}): CrossLinks {
  const opts = { ...DEFAULTS, ...options };
  const index = indexLetters(letters);
  const knownKeys = new Set(index.items.flatMap((it) => it.keys));
  const resolved = resolveEdits(edits, index, knownKeys);
  // Term edits change what an item names, so they come before everything counted from terms.
  for (const [i, terms] of resolved.addTerms) for (const t of terms) addTerm(index.items[i], t);
  for (const [i, keys] of resolved.removeTerms) for (const k of keys) removeTerm(index.items[i], k);

  const table = indexTerms(index);
  const maxDf = Math.max(opts.commonMin, Math.floor(opts.commonShare * index.items.length));
  const ctx = relatedContext(index, table, maxDf);
  const slugs = slugsFor(table.keys);
  const terms = termEntries(index, table, slugs);
  const byItem = itemLinks(ctx, resolved, slugs, opts);
  const commonTerms = table.keys.filter((_, t) => ctx.weight[t] === 0).sort(byCodeUnits);
  return { terms, byItem, commonTerms };
}

/** The term index: one entry per key, uses grouped by letter newest first, anchors in document order. */
function termEntries(index: ArchiveIndex, table: TermTable, slugs: string[]): TermEntry[] {
  const { items, letters } = index;
  const ids = table.keys.map((_, t) => t).sort((a, b) => byCodeUnits(table.keys[a], table.keys[b]));
  return ids.map((t) => {
    const key = table.keys[t];
    const list = table.postings[t];
    const display = commonestDisplay(list.map((i) => items[i].displays[table.itemTerms[i].indexOf(t)]));
    const uses = list.map((i) => ({ letterId: letters[items[i].letter].id, anchor: items[i].item.anchor }));
    return { key, slug: slugs[t], display, uses };
  });
}

/** The spelling most uses have; ties go to the first (the newest letter's). */
function commonestDisplay(displays: string[]): string {
  // Usually every use spells the term alike: no counting then.
  if (displays.every((d) => d === displays[0])) return displays[0];
  const counts = new Map<string, number>();
  for (const d of displays) counts.set(d, (counts.get(d) ?? 0) + 1);
  // Map order is first appearance, so a tie keeps the earlier spelling.
  let best = displays[0];
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Every item's links, letters by id, items in document order. */
function itemLinks(ctx: RelatedContext, edits: ResolvedEdits, slugs: string[], opts: Required<CrossLinkOptions>) {
  const { items, letters, firstItem } = ctx.index;
  const { postings, itemTerms } = ctx.terms;
  const byItem: Record<string, Record<string, ItemLinks>> = {};
  const ref = refMaker(ctx);
  const letterOrder = letters.map((_, li) => li).sort((a, b) => byCodeUnits(letters[a].id, letters[b].id));
  for (const li of letterOrder) {
    const links: Record<string, ItemLinks> = {};
    for (let i = firstItem[li]; i < firstItem[li] + letters[li].items.length; i++) {
      const it = items[i];
      const termLinks = itemTerms[i].map((t, n) => ({
        display: it.displays[n],
        slug: slugs[t],
        linked: postings[t].length > 1,
      }));
      const added = edits.addLinks.get(i) ?? [];
      const removed = edits.removeLinks.get(i);
      const kept = added.filter((j) => !removed?.has(j));
      const exclude = removed || kept.length ? new Set([...(removed ?? []), ...kept]) : undefined;
      const computed = relatedItems(ctx, i, Math.max(0, opts.maxRelated - kept.length), exclude);
      const related = kept.map((j) => ref(j, [EDITED]));
      for (const j of computed) related.push(ref(j, shared(ctx, i, j)));
      const commitment = it.item.kind === 'commitment';
      const continues = commitment ? continuedMeasures(ctx, i).map((j) => ref(j, shared(ctx, i, j))) : [];
      const reportedBy = commitment ? laterMeasures(ctx, i, opts.maxReportedBy).map((j) => ref(j, shared(ctx, i, j))) : [];
      links[it.item.anchor] = { termLinks, related, continues, reportedBy };
    }
    byItem[letters[li].id] = links;
  }
  return byItem;
}

/** Makes links to items, with the reason shown beside each; one href string per target item. */
function refMaker(ctx: RelatedContext): (j: number, reason: string[]) => ItemRef {
  const { items, letters } = ctx.index;
  const hrefs: (string | undefined)[] = new Array(items.length);
  return (j, reason) => {
    const item = items[j].item;
    const l = letters[items[j].letter];
    const href = (hrefs[j] ??= `${l.url}#${item.anchor}`);
    return {
      letterId: l.id,
      anchor: item.anchor,
      kind: item.kind,
      lead: item.lead,
      title: l.title,
      date: l.date,
      replyingUnit: l.replyingUnit,
      href,
      reason,
    };
  };
}

/**
 * Slugs by term id: 10 hex characters of the key's SHA-256, or 16 for keys whose 10 collide
 * (about one chance in 200 at 100,000 terms) so that no two terms share a page.
 */
function slugsFor(keys: string[]): string[] {
  const slugs = keys.map((k) => termSlug(k));
  const seen = new Map<string, number>();
  for (const s of slugs) seen.set(s, (seen.get(s) ?? 0) + 1);
  return slugs.map((s, t) => (seen.get(s)! > 1 ? termSlug(keys[t], 16) : s));
}

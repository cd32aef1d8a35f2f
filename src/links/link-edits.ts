/**
 * Editor overrides of the computed links, checked against the archive. Every target must exist:
 * an edit naming a letter, anchor or term the archive does not have throws an Error that names
 * the letter being edited and the missing target, so the site build fails and says which. Pure.
 */
import type { ArchiveIndex } from './archive-index.ts';
import { byCodeUnits, findItem } from './archive-index.ts';
import type { LinkEdit, LinkEdits } from './cross-link-types.ts';
import { normalizeTerm, termDisplay } from './term-normalize.ts';

/** The edits as item indexes and term keys. */
export interface ResolvedEdits {
  /** item → terms (display forms as the editor wrote them) to add to its term links. */
  addTerms: Map<number, string[]>;
  /** item → term keys to remove from its term links. */
  removeTerms: Map<number, Set<string>>;
  /** item → items to show first in `related`, in the order the edits list them. */
  addLinks: Map<number, number[]>;
  /** item → items never to show in `related`. */
  removeLinks: Map<number, Set<number>>;
}

const TERM = 'term:';

/**
 * Resolves the edits (letters in id order, adds before removes, each list in its order).
 * `knownKeys` are the term keys of the archive before any edit: a term edit must name one.
 */
export function resolveEdits(edits: LinkEdits, index: ArchiveIndex, knownKeys: Set<string>): ResolvedEdits {
  const out: ResolvedEdits = { addTerms: new Map(), removeTerms: new Map(), addLinks: new Map(), removeLinks: new Map() };
  for (const letterId of Object.keys(edits).sort(byCodeUnits)) {
    if (!index.letterIndex.has(letterId)) throw new Error(`link edits: letter ${letterId} does not exist`);
    const { add = [], remove = [] } = edits[letterId] ?? {};
    for (const [op, list] of [
      ['add', add],
      ['remove', remove],
    ] as const) {
      for (const edit of list) resolveOne(out, index, knownKeys, letterId, op, edit);
    }
  }
  return out;
}

function resolveOne(
  out: ResolvedEdits,
  index: ArchiveIndex,
  knownKeys: Set<string>,
  letterId: string,
  op: 'add' | 'remove',
  edit: LinkEdit,
): void {
  const where = `link edits: letter ${letterId}: ${op} ${edit.from} → ${edit.to}`;
  const from = findItem(index, letterId, edit.from);
  if (from === undefined) throw new Error(`${where}: letter ${letterId} has no item ${edit.from}`);
  if (typeof edit.to !== 'string') throw new Error(`${where}: target must be "letterId#anchor" or "term:<term>"`);
  if (edit.to.startsWith(TERM)) {
    const display = termDisplay(edit.to.slice(TERM.length));
    const key = normalizeTerm(display);
    if (!knownKeys.has(key)) throw new Error(`${where}: no term ${display} in the archive`);
    if (op === 'add') push(out.addTerms, from, display);
    else upsert(out.removeTerms, from).add(key);
    return;
  }
  const hash = edit.to.indexOf('#');
  if (hash <= 0) throw new Error(`${where}: target must be "letterId#anchor" or "term:<term>"`);
  const toLetter = edit.to.slice(0, hash);
  const toAnchor = edit.to.slice(hash + 1);
  if (!index.letterIndex.has(toLetter)) throw new Error(`${where}: no letter ${toLetter}`);
  const to = findItem(index, toLetter, toAnchor);
  if (to === undefined) throw new Error(`${where}: letter ${toLetter} has no item ${toAnchor}`);
  if (toLetter === letterId) throw new Error(`${where}: related links go to other letters`);
  if (op === 'add') {
    if (!(out.addLinks.get(from) ?? []).includes(to)) push(out.addLinks, from, to);
  } else upsert(out.removeLinks, from).add(to);
}

function push<T>(map: Map<number, T[]>, k: number, v: T): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function upsert<T>(map: Map<number, Set<T>>, k: number): Set<T> {
  let set = map.get(k);
  if (!set) map.set(k, (set = new Set()));
  return set;
}

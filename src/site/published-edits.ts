/**
 * An editor's cross-links as a build that does not publish every letter uses them: a link to a
 * measure of a letter this build leaves out (held back from the public, withdrawn) is dropped,
 * not taken for a link that points nowhere. Pure.
 */
import type { EditorLinks } from '~/record/record-schema.ts';

/** `links` without those whose target is a measure of one of the letters `unpublished`. */
export function publishedEdits(links: EditorLinks, unpublished: ReadonlySet<string>): EditorLinks {
  const kept = (list: EditorLinks['add']) => list.filter((l) => l.to.startsWith('term:') || !unpublished.has(l.to.split('#')[0]));
  return { add: kept(links.add), remove: kept(links.remove) };
}

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * templates are unchanged since the last build is copied from the cache instead of rendered. A key
 * digests everything the page shows that is not in its templates: the letters it lists (by
 * content digest), the cross-links it prints, its neighbours. Pure.
 */
import { createHash } from 'node:crypto';
import type { ItemLinks, TermEntry } from '~/links/cross-link-types.ts';
import type { Letter, WithdrawnLetter } from './letters.ts';

/** A short digest of a JSON-able value. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

// A letter as a page shows it: its id and, for its content, the digest of its MDX file.
const version = (l: Letter | undefined) => (l ? [l.id, l.digest] : null);

/** A letter page: the letter, its previous and next letter, the cross-links under its items. */
export function letterPageKey(
  letter: Letter,
  prev: Letter | undefined,
  next: Letter | undefined,
  links: Record<string, ItemLinks> | undefined,
): string {
  return digestOf([version(letter), version(prev), version(next), links ?? null]);
}

/** A withdrawn letter's notice: its URL and the day. */
export function withdrawnPageKey(w: WithdrawnLetter): string {
  return digestOf(['withdrawn', w.year, w.id, w.on]);
}

/** A page listing letters (a browse group). */
export function listPageKey(label: unknown, letters: Letter[]): string {
  return digestOf([label, letters.map(version)]);
}

/** A term page: the term's uses and the letters they are in. */
export function termPageKey(term: TermEntry, letters: (Letter | undefined)[]): string {
  return digestOf([term, letters.map(version)]);
}

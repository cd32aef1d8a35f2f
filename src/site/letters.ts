/**
 * The archive's letters as the pages need them: the `replies` collection as its loader left it,
 * sorted by date then number then id (deterministic), grouped for the browse pages.
 *
 * They are read from the loader's own copy of the collection (`<cacheDir>/letters.json`,
 * letters-loader.ts), not through `getCollection`: Astro bundles its whole data store into the
 * build as one JavaScript module and compiles it in every build (35 s of a one-letter rebuild at
 * 50,000 letters). The copy holds the entries as the store does, validated by the same schema.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CollectionEntry } from 'astro:content';

export type Letter = CollectionEntry<'replies'>;

/** The loader's copy of the collection, in the build cache folder. */
export const LETTERS_FILE = 'letters.json';

/** Chinese-aware comparison for names and titles. */
export const zhCollator = new Intl.Collator('zh-CN');

/** Orders letters by date, then number (numerically), then id. */
export function byDateThenNumber(a: Letter, b: Letter): number {
  const x = a.data;
  const y = b.data;
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  const nx = x.number === null ? Infinity : Number(x.number);
  const ny = y.number === null ? Infinity : Number(y.number);
  if (nx !== ny) return nx < ny ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

let cache: Promise<Letter[]> | undefined;

/** All letters, oldest first: read once per build (per server, under `astro dev`), as `getCollection`'s were. */
export function allLetters(): Promise<Letter[]> {
  cache ??= fs.promises.readFile(path.join(import.meta.env.ARCHIVE_CACHE_DIR, LETTERS_FILE), 'utf8')
    .then((text) => (JSON.parse(text) as Letter[]).sort(byDateThenNumber));
  return cache;
}

/** The year a letter is filed under: the year folder of its MDX file, else its date's year. */
export function letterYear(letter: Letter): string {
  const dir = letter.filePath ? path.basename(path.dirname(letter.filePath)) : '';
  return /^\d{4}$/.test(dir) ? dir : letter.data.date.slice(0, 4);
}

/** The key a letter's session is grouped by: the assembly and the session, `市政协五届四次会议`. */
export function sessionKey(letter: Letter): string | null {
  const { assembly, session } = letter.data;
  return session ? `${assembly}${session.label}` : null;
}

/** The people or organisation a letter answers. */
export function members(letter: Letter): string[] {
  return letter.data.addressees;
}

/** Groups letters by one or more keys per letter; groups sorted by `order`, letters kept in order. */
export function groupBy(
  letters: Letter[],
  keys: (l: Letter) => (string | null)[],
  order: (a: string, b: string) => number = zhCollator.compare,
): [string, Letter[]][] {
  const groups = new Map<string, Letter[]>();
  for (const l of letters) {
    for (const k of new Set(keys(l))) {
      if (k === null) continue;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push(l);
    }
  }
  return [...groups.entries()].sort((a, b) => order(a[0], b[0]));
}

// Built once per build: pages look letters up by id and session, thousands of times.
const indexes = new WeakMap<Letter[], { byId: Map<string, Letter>; bySession: Map<string, Letter[]> }>();

function indexOf(all: Letter[]) {
  let index = indexes.get(all);
  if (!index) {
    const bySession = new Map<string, Letter[]>();
    for (const l of all) {
      const key = sessionKey(l);
      if (key !== null) bySession.set(key, [...(bySession.get(key) ?? []), l]);
    }
    index = { byId: new Map(all.map((l) => [l.data.id, l])), bySession };
    indexes.set(all, index);
  }
  return index;
}

/** The letter with this record id, among `all`. */
export function letterById(all: Letter[], id: string): Letter | undefined {
  return indexOf(all).byId.get(id);
}

/** The letters before and after this one in the same session (date order). */
export function neighbours(all: Letter[], letter: Letter): { prev?: Letter; next?: Letter } {
  const key = sessionKey(letter);
  if (key === null) return {};
  const same = indexOf(all).bySession.get(key) ?? [];
  const i = same.findIndex((l) => l.id === letter.id);
  return { prev: same[i - 1], next: same[i + 1] };
}

/**
 * The archive's letters as the pages need them: the letter store (src/letters/letter-store.ts)
 * of this build's cache folder, its letters sorted by date then number then id (deterministic),
 * grouped and looked up for the browse, term and letter pages.
 *
 * Pages read the store, not `getCollection`: Astro bundles its whole data store into the build
 * as one JavaScript module and compiles it in every build, which grows with the archive.
 */
import config from 'virtual:reply-archive/config';
import { letterStore } from '~/letters/letter-store.ts';
import type { Letter, WithdrawnLetter } from '~/letters/letter.ts';

export type { Letter, WithdrawnLetter } from '~/letters/letter.ts';
export { letterYear } from '~/letters/letter.ts';

const store = letterStore(config.cacheDir);

/** The blocks of a letter's body. */
export const letterBody = store.body;
/** A letter's sections and next steps. */
export const letterOutline = store.outline;
/** A letter's whole archived record. */
export const letterRecord = store.record;

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

/** All letters, oldest first: read once per build (per server, under `astro dev`). */
export function allLetters(): Promise<Letter[]> {
  cache ??= store.letters().then((letters) => letters.sort(byDateThenNumber));
  return cache;
}

let withdrawnCache: Promise<WithdrawnLetter[]> | undefined;

/** The withdrawn letters whose old URLs answer with a notice: read once per build. */
export function allWithdrawn(): Promise<WithdrawnLetter[]> {
  withdrawnCache ??= store.withdrawn();
  return withdrawnCache;
}

/** The ids of the content folder's letters this build does not publish (held back, withdrawn). */
export const unpublishedIds = (): Promise<string[]> => store.unpublished();

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

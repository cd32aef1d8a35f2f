/**
 * Where the joined index differs from the one Pagefind would write for all pages at once, each
 * difference made to shrink what a first search loads. Pagefind's own search reads the result
 * as it reads its own index (tests/search-index/pagefind-search.test.ts). Pure.
 * - Pages are numbered newest first (`newestFirst`). Pagefind lists a search's results of equal
 *   score (every result of a search by filters alone) in page order, so the archive needs no sort
 *   list in the metadata (which grows with the archive, and every first search loads) and no sort
 *   at search time.
 * - Fragments are named `<part tag>/<n>` and word chunks `<index tag>/<n>` (`countedName`) instead
 *   of a hash each: names that count up compress far better than hashes (the page list most of
 *   all). A tag is a hash of what the files are made from, so a changed page still gets new names.
 * - Word chunks hold half Pagefind's default 20,000 word locations (`JOINED_CHUNK_SIZE`): a
 *   search term loads less, the chunk list in the metadata grows a little.
 * - Word counts are kept to 7 significant bits (`roundedLength`): the page list compresses better.
 */

/** Word locations per chunk of the joined index. */
export const JOINED_CHUNK_SIZE = 10000;

/** The sort whose order (newest first) becomes the page order; it is left out of the joined metadata. */
export const ORDER_SORT = 'date';

/** Part of the index tag: a change to how chunks are cut or named must change their names. */
export const JOIN_LAYOUT = 'reply-archive merge 3';

/** `<tag>/<n in base 36>`: the name of the `n`th fragment of a part, or word chunk of an index. */
export function countedName(tag: string, n: number): string {
  return `${tag}/${n.toString(36)}`;
}

/**
 * `numbers[old] = new` for `total` pages, given each part's pages oldest first (absolute page
 * numbers, parts in date order, as Pagefind's `date` sort lists them): the joined list reversed,
 * then any page no list names, in page order.
 */
export function newestFirst(oldestFirstByPart: readonly (readonly number[])[], total: number): Int32Array {
  const numbers = new Int32Array(total).fill(-1);
  let next = 0;
  for (let p = oldestFirstByPart.length - 1; p >= 0; p--) {
    const list = oldestFirstByPart[p];
    for (let i = list.length - 1; i >= 0; i--) {
      const page = list[i];
      if (page < 0 || page >= total || numbers[page] !== -1) throw new Error(`sort list names page ${page} twice or out of range`);
      numbers[page] = next++;
    }
  }
  for (let page = 0; page < total; page++) if (numbers[page] === -1) numbers[page] = next++;
  return numbers;
}

/**
 * A page's word count to 7 significant bits (a multiple of 16 for counts from 1,024 to 2,047;
 * counts under 128 exact). Pagefind uses it only to scale a page's score by its length against
 * the average (BM25), which this changes by less than 0.8%.
 */
export function roundedLength(words: number): number {
  if (!Number.isInteger(words) || words < 0) throw new Error(`not a word count: ${words}`);
  const step = 2 ** Math.max(0, Math.floor(Math.log2(words || 1)) - 6);
  return Math.max(1, Math.round(words / step)) * step;
}

/**
 * The order of the pages in a joined index: newest first. Pagefind lists a search's results of
 * equal score (every result of a search by filters alone) in index order, so with the pages in
 * this order the archive needs no sort list in the index metadata (20 KB of a first search at
 * 10,000 letters) and no sort at search time. Pure.
 */

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

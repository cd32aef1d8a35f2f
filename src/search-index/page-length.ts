/**
 * A page's word count as the joined index keeps it: to 7 significant bits (a multiple of 16 for
 * a letter of ~1,800 words; counts under 128 exact). Pagefind uses it only to scale a page's score
 * by its length against the average (BM25), which this changes by less than 0.8%; the page list
 * of the index metadata, loaded before the first search, shrinks by a quarter (10 KB at 10,000
 * letters). Pure.
 */
export function roundedLength(words: number): number {
  if (!Number.isInteger(words) || words < 0) throw new Error(`not a word count: ${words}`);
  const step = 2 ** Math.max(0, Math.floor(Math.log2(words || 1)) - 6);
  return Math.max(1, Math.round(words / step)) * step;
}

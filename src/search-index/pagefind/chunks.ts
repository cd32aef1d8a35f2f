/**
 * How Pagefind 1.6.0 orders the words of its index and cuts them into chunks: Rust's string
 * order, a chunk ending once it holds the chunk size in word locations, and the word range each
 * chunk is loaded for. The search finds a word's chunk by these ranges: a chunk cut or ranged
 * otherwise is never loaded. Pure.
 */

// Sorts UTF-16 code units into code point order (the byte order of UTF-8, which Pagefind sorts by).
function codePointKey(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  return unit >= 0xe000 ? unit - 0x800 : unit;
}

/** Orders strings as Rust orders `String`s (by UTF-8 bytes, i.e. by code point). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointKey(x) - codePointKey(y);
  }
  return a.length - b.length;
}

/**
 * Pagefind's rule for cutting a sorted word stream into chunks: a chunk ends once it holds `size`
 * locations, one more counted per page. Told each word's weight in turn, says whether the chunk
 * ends after it.
 */
export class ChunkCutter {
  private held = 0;
  private readonly size: number;
  constructor(size: number) {
    this.size = size;
  }
  endsAfter(weight: number): boolean {
    this.held += weight;
    if (this.held < this.size) return false;
    this.held = 0;
    return true;
  }
}

function prefixes(a: string, b: string): [string, string] {
  const ca = Array.from(a);
  const cb = Array.from(b);
  let common = 0;
  while (common < ca.length && common < cb.length && ca[common] === cb[common]) common++;
  return [ca.slice(0, common + 1).join(''), cb.slice(0, common + 1).join('')];
}

/**
 * The `[from, to]` word range the search loads each chunk for, given each chunk's first and last
 * word: neighbouring bounds shortened to the prefixes that still tell them apart (Pagefind's rule).
 */
export function chunkRanges(bounds: [first: string, last: string][]): [string, string][] {
  const ranges = bounds.map(([f, l]) => [f, l] as [string, string]);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = prefixes(ranges[i][1], ranges[i + 1][0]);
    if (compareCodePoints(to, ranges[i][0]) >= 0) ranges[i][1] = to;
    ranges[i + 1][0] = from;
  }
  return ranges;
}

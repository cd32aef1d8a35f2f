/**
 * What a page break leaves in extracted text: page numbers in any printed form, running headers
 * and footers, and running headers that repeat the letter's 文号, title or a labelled head line. Pure.
 */
import { viewOf } from './parse-view.ts';
import { DOC_NUMBER, isBlockStart, isTitleLine } from './letter-patterns.ts';

const PAGE_NUMBER = [
  /^[—–\-─·•]+\d{1,3}[—–\-─·•]+$/, // — 2 —, -3-, · 2 ·
  /^第\d{1,3}页(?:[,/]?共\d{1,3}页)?$/, // 第 2 页 共 4 页, 第2页/共3页
  /^共\d{1,3}页第\d{1,3}页$/,
  /^\d{1,3}\/\d{1,3}$/, // 2/4
  /^-?Page\d{1,3}(?:of\d{1,3})?-?$/i,
];

/** A page number at the start or the end of a running header. */
const PAGE_PART =
  /^(?:第\d{1,3}页(?:[,/]?共\d{1,3}页)?|[—\-·]\d{1,3}[—\-·]|\d{1,3}\/\d{1,3})|(?:第\d{1,3}页(?:[,/]?共\d{1,3}页)?|[—\-·]\d{1,3}[—\-·]|\d{1,3}\/\d{1,3})$/g;

/** True for a line that is only a page number: `— 2 —`, `-3-`, `· 2 ·`, `第 2 页 共 4 页`, `第2页/共3页`. */
export function isPageNumber(line: string): boolean {
  const t = viewOf(line).text.replace(/ /g, '');
  return PAGE_NUMBER.some((re) => re.test(t));
}

/** Marks that close a sentence or a labelled line; a paragraph ending otherwise runs on. */
export const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?][”’」』）)]$/;

/** Stands where page artifacts were removed: a paragraph that stops there was cut by the page. */
export const PAGE_BREAK = '\u0000page-break';

const key = (line: string) => viewOf(line).text.replace(/ /g, '');

/**
 * Drops page-number lines, the page header or footer line that stands next to them, and later
 * copies of the 文号 or title line (a running header); a PAGE_BREAK stands where they were.
 * `removed` receives the lines dropped, `keptAt` the index in `lines` of each line kept (-1 for
 * a PAGE_BREAK).
 */
export function dropPageArtifacts(lines: string[], removed: string[], keptAt: number[] = []): string[] {
  const keys = lines.map(key);
  const pageNumbers = lines.flatMap((l, i) => (l && isPageNumber(l) ? [i] : []));
  const drop = new Set<number>(pageNumbers);
  const at = new Map<string, number[]>();
  keys.forEach((k, i) => k && at.set(k, [...(at.get(k) ?? []), i]));
  const before = (i: number) => neighbour(lines, i, +1);
  for (const i of pageNumbers) {
    const prev = neighbour(lines, i, -1);
    const next = neighbour(lines, i, +1);
    // A header follows a page break; the top of page one is the letterhead, not a repeated header.
    if (next >= 0 && prev >= 0 && looksLikeHeader(keys[next]) && next !== lines.length - 1) {
      const repeated = at.get(keys[next])!.length > 1;
      const runsOn = !SENTENCE_END.test(lines[prev]) && !isBlockStart(keys[prev]);
      if (repeated || runsOn) drop.add(next);
    }
    // A footer stands before every page number it goes with, each time it is printed.
    if (prev >= 0 && looksLikeHeader(keys[prev])) {
      const places = at.get(keys[prev])!;
      if (places.length > 1 && places.every((j) => pageNumbers.includes(before(j)))) drop.add(prev);
    }
  }
  // A running header holding the page number beside the 文号, the title or the letterhead: `某政提〔2025〕56号 第2页`.
  const headKeys = new Set(keys.slice(0, 12).filter((k) => k.length >= 4));
  keys.forEach((k, i) => {
    const rest = k.replace(PAGE_PART, '');
    if (i >= 12 && rest !== k && headKeys.has(rest)) drop.add(i);
  });
  // The title, printed over two or three lines at the top, repeated on one line as a running header.
  const titles = headTitles(keys.slice(0, 20));
  keys.forEach((k, i) => {
    if (titles.has(k) && i > titles.get(k)!) drop.add(i);
  });
  // The 文号 or the title printed again at the top of a later page.
  for (const places of at.values()) {
    const k = keys[places[0]];
    const headField = /^(签发人|答复类别|办理类别|公开属性|公开方式):/.test(k);
    if (places.length > 1 && places[0] < 20 && (isTitleLine(k) || headField || (DOC_NUMBER.test(k) && k.length <= 40)))
      places.slice(1).forEach((j) => drop.add(j));
  }
  const kept: string[] = [];
  lines.forEach((l, i) => {
    if (!drop.has(i)) return kept.push(l) && keptAt.push(i);
    removed.push(l);
    if (kept.at(-1) !== PAGE_BREAK) kept.push(PAGE_BREAK) && keptAt.push(-1);
  });
  return kept;
}

/** The titles two or three head lines make joined (blank lines aside), each with its last line's index. */
function headTitles(head: string[]): Map<string, number> {
  const at = head.flatMap((k, i) => (k ? [i] : []));
  const found = new Map<string, number>();
  at.forEach((_, i) => {
    for (let n = 2; n <= 3 && i + n <= at.length; n++) {
      const joined = at
        .slice(i, i + n)
        .map((j) => head[j])
        .join('');
      if (isTitleLine(joined)) found.set(joined, at[i + n - 1]);
    }
  });
  return found;
}

function neighbour(lines: string[], i: number, step: number): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]) return j;
  return -1;
}

function looksLikeHeader(k: string): boolean {
  return k.length <= 40 && !/[。,;:！？!?]/.test(k) && !PAGE_NUMBER.some((re) => re.test(k)) && !isBlockStart(k);
}

/**
 * Undoes the damage text extraction does to a letter, before it is parsed: page numbers and
 * page headers repeated after a page break go, sentences broken across blank lines or page
 * breaks are joined, stray spaces inside the 文号 and title lines go. Everything else stays as
 * printed, punctuation included. Pure.
 */
import { DOC_NUMBER, SECTION_HEADING, isBlockStart, isTitleLine } from './letter-patterns.ts';

export interface RepairedText {
  /** The letter's paragraphs, one per printed paragraph, trimmed. */
  paragraphs: string[];
  /** What was removed: page numbers and repeated page headers, in order. */
  removed: string[];
}

const PAGE_NUMBER = [
  /^[—–\-－─]\s*\d{1,3}\s*[—–\-－─]$/,
  /^第\s*\d{1,3}\s*页\s*[,，]?\s*(共\s*\d{1,3}\s*页)?$/,
  /^\d{1,3}\s*\/\s*\d{1,3}$/,
];
/** Marks that close a sentence or a labelled line; a paragraph ending otherwise runs on. */
const SENTENCE_END = /[。！？!?；;：:…]$|[。！？!?][”’」』）)]$/;

/** True for a line that is only a page number: `— 2 —`, `-3-`, `第 2 页 共 4 页`. */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(line));
}

/** Repairs extracted text into paragraphs; see the module comment. */
export function repairText(text: string): RepairedText {
  const lines = text.split('\n').map((l) => l.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/g, ''));
  const removed: string[] = [];
  const kept = dropPageArtifacts(lines, removed);
  return { paragraphs: joinBrokenParagraphs(kept).map(tidyLine), removed };
}

/** Drops page-number lines and the page header or footer line that stands next to them. */
function dropPageArtifacts(lines: string[], removed: string[]): string[] {
  const pageNumbers = lines.flatMap((l, i) => (l && isPageNumber(l) ? [i] : []));
  const drop = new Set<number>(pageNumbers);
  const at = new Map<string, number[]>();
  lines.forEach((l, i) => l && at.set(l, [...(at.get(l) ?? []), i]));
  const before = (i: number) => neighbour(lines, i, +1);
  for (const i of pageNumbers) {
    const prev = neighbour(lines, i, -1);
    const next = neighbour(lines, i, +1);
    // A header follows a page break; the top of page one is the letterhead, not a repeated header.
    if (next >= 0 && prev >= 0 && looksLikeHeader(lines[next]) && next !== lines.length - 1) {
      const repeated = at.get(lines[next])!.length > 1;
      const runsOn = !SENTENCE_END.test(lines[prev]) && !isBlockStart(lines[prev]);
      if (repeated || runsOn) drop.add(next);
    }
    // A footer stands before every page number it goes with, each time it is printed.
    if (prev >= 0 && looksLikeHeader(lines[prev])) {
      const places = at.get(lines[prev])!;
      if (places.length > 1 && places.every((j) => pageNumbers.includes(before(j)))) drop.add(prev);
    }
  }
  const kept: string[] = [];
  lines.forEach((l, i) => {
    if (!drop.has(i)) return kept.push(l);
    removed.push(l);
    if (kept.at(-1) !== PAGE_BREAK) kept.push(PAGE_BREAK);
  });
  return kept;
}

/** Stands where page artifacts were removed: a paragraph that stops there was cut by the page. */
const PAGE_BREAK = '\u0000page-break';

function neighbour(lines: string[], i: number, step: number): number {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]) return j;
  return -1;
}

function looksLikeHeader(line: string): boolean {
  return line.length <= 40 && !/[。，,；;：:！？]/.test(line) && !isPageNumber(line) && !isBlockStart(line);
}

/** Joins a paragraph that stops mid-sentence with the next one (blank lines and page breaks split them). */
function joinBrokenParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  let pageBreak = false;
  for (const line of lines) {
    if (line === PAGE_BREAK) pageBreak = true;
    if (!line || line === PAGE_BREAK) continue;
    const prev = out.at(-1);
    if (prev !== undefined && runsOn(prev, line, pageBreak)) out[out.length - 1] = glue(prev, line);
    else out.push(line);
    pageBreak = false;
  }
  return out;
}

function runsOn(prev: string, next: string, acrossPage: boolean): boolean {
  if (isTitleLine(prev + next) && !isTitleLine(prev) && /关于/.test(prev) && next.length < 40) return true;
  if (SENTENCE_END.test(prev) || isTitleLine(prev) || isBlockStart(next)) return false;
  // A heading or labelled line without a sentence in it stands alone, unless a page cut it.
  if (SECTION_HEADING.test(prev) && !/。/.test(prev)) return false;
  if (isBlockStart(prev) && !/。/.test(prev) && !(acrossPage && /[，,]/.test(prev))) return false;
  if (/[：:]$/.test(next) && next.length <= 40 && !/[，,。]/.test(next)) return false;
  // Only prose runs on: a short line without commas is a letterhead, signature, date or heading.
  return /[，,、。；]/.test(prev) || prev.length >= 30;
}

function glue(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/** Removes stray spaces inside the 文号 and inside the title line. */
function tidyLine(line: string): string {
  if (isTitleLine(line)) return line.replace(/[\s\u3000]+/g, '');
  const m = DOC_NUMBER.exec(line);
  if (m && m.index === 0) return m[0].replace(/[\s\u3000]+/g, '') + line.slice(m[0].length);
  return line;
}

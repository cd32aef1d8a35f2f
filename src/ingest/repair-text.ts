/**
 * Undoes the damage text extraction does to a letter, before it is parsed: page numbers and
 * page headers repeated after a page break go (page-artifacts.ts), sentences broken across
 * blank lines, hard wraps or page breaks are joined, a title printed over two or three lines is
 * one line, stray spaces inside the 文号 and title lines go. Everything else stays as printed,
 * punctuation and spacing included. Pure.
 */
import { DATE, DOC_NUMBER, ISSUED, SECTION_HEADING, isBlockStart, isFieldLine, isItemStart, isTitleLine } from './letter-patterns.ts';
import { PAGE_BREAK, SENTENCE_END, dropPageArtifacts, isPageNumber } from './page-artifacts.ts';
import { printedSlice, viewOf, viewText as v } from './parse-view.ts';
import { itemHeadings, wrapWidth } from './hard-wrap.ts';

export { isPageNumber };

export interface RepairedText {
  /** The letter's paragraphs, one per printed paragraph, trimmed. */
  paragraphs: string[];
  /** What was removed: page numbers and repeated page headers, in order. */
  removed: string[];
}

const HEAD_LINES = 16;

/** Repairs extracted text into paragraphs; see the module comment. */
export function repairText(text: string): RepairedText {
  const raw = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const lines = raw.map((l) => l.replace(/^[\s\u3000\uFEFF]+|[\s\u3000]+$/g, ''));
  const removed: string[] = [];
  const keptAt: number[] = [];
  const kept = dropPageArtifacts(lines, removed, keptAt);
  const indents = keptAt.map((i) => (i < 0 ? 0 : raw[i].length - raw[i].trimStart().length));
  const base = Math.min(...indents.filter((_, k) => kept[k] && kept[k] !== PAGE_BREAK));
  // One space before a line is extraction's (`33.2` / ` 亿元`), not a paragraph's indent.
  const relative = indents.map((n) => (Number.isFinite(base) && n - base >= 2 ? n - base : 0));
  // How far a line reaches: its indent counts, and a space it ends with (`…贷款 17.5 ` / `亿元…`).
  const extents = keptAt.map((i, k) => (i < 0 ? 0 : lines[i].length + relative[k] + (/\S $/.test(raw[i]) ? 1 : 0)));
  return { paragraphs: joinBrokenParagraphs(kept, relative, extents).map(tidyLine), removed };
}

/**
 * Joins a paragraph that stops mid-sentence with the next one (blank lines, hard wraps and page
 * breaks split them). `indents[i]`: how far line i is indented beyond the text's least indent;
 * `lengths[i]`: how far it reaches.
 */
function joinBrokenParagraphs(lines: string[], indents: number[], lengths: number[]): string[] {
  const out: string[] = [];
  const width = wrapWidth(lines, lengths);
  const headings = itemHeadings(lines, lengths, width);
  let startOf = -1;
  // Line `at` heads an item that fills its line and `next` does not finish it: a short line
  // without a sentence end below a heading is its rest, cut by the wrap.
  const heading = (at: number, next: number) =>
    headings.has(at) && out.at(-1) === lines[at] && !(lengths[next] < width - 1 && !/[。!?！？;；]/.test(lines[next]));
  let pageBreak = false;
  let blank = false;
  let lastLength = 0;
  const rest = lines.filter((l) => l && l !== PAGE_BREAK);
  let taken = 0;
  for (const [i, line] of lines.entries()) {
    if (line === PAGE_BREAK) pageBreak = true;
    if (!line) blank = true;
    if (!line || line === PAGE_BREAK) continue;
    taken++;
    const prev = out.at(-1);
    // A line as long as the text's full lines, with no blank line below it and no indent
    // starting the next, was wrapped by the layout (an indented first line counts its indent);
    // one character short when the typesetter pushed it down to keep punctuation off a line's start.
    const full = lastLength >= width || (lastLength === width - 1 && /^.[。，、；：！？）》”’%,;:!?)]/.test(line));
    const wrapped = !blank && width > 0 && full && indents[i] === 0;
    const letterhead = out.length === 1 || out.slice(0, -1).every((l) => isStamp(v(l)));
    if (prev !== undefined && out.length <= HEAD_LINES && titleContinues(prev, line, rest[taken], letterhead))
      out[out.length - 1] = prev + line;
    // An indented line starts a paragraph, unless a page break stands before it.
    else if (prev !== undefined && (indents[i] === 0 || pageBreak) && runsOn(prev, line, pageBreak, wrapped, heading(startOf, i)))
      out[out.length - 1] = glue(prev, line);
    else {
      out.push(line);
      startOf = i;
    }
    pageBreak = false;
    blank = false;
    lastLength = lengths[i];
  }
  return out;
}

/** `（分办）`, `（此件公开发布）`, `A类`: a stamp above the title, never part of it. */
const isStamp = (t: string) => /^\([^()]*\)$|^[A-D甲乙丙丁]类$/.test(t);

/**
 * A title line broken over two or three lines: `关于市政协五届四次会议` / `第0361号提案的答复函`,
 * `某市文化广电旅` / `游局关于…的答复`, `某市教育局` / `关于…的答复` below the 文号. `letterhead`: `prev`
 * is the letter's first line (stamps aside), where a unit's name is the letterhead, not the title.
 */
function titleContinues(prev: string, line: string, after: string | undefined, letterhead: boolean): boolean {
  const [p, l] = [v(prev), v(line)];
  const a = after === undefined ? undefined : v(after);
  const headLike = (t: string) => t.length <= 60 && !/[。,;:！？]/.test(t) && !DOC_NUMBER.test(t) && !/[:：]$/.test(t);
  // `…提案的答复` / `函`, `…提案办理情况` / `的答复`: a title wrapped before its last words.
  if (isTitleLine(p)) return l.length <= 6 && /^(的)?(答复|复函|函|意见|\(函\))/.test(l) && isTitleLine(p + l);
  if (!headLike(p) || !headLike(l) || isStamp(p) || isStamp(l) || /(文件|函)$/.test(p)) return false;
  // The title's line starts where the whole of `line` (or `line` + `after`) is a title.
  const rest = isTitleLine(l) ? l : a !== undefined && headLike(a) && isTitleLine(l + a) ? l + a : null;
  if (rest !== null) return isTitleLine(p + rest) && (startsTitle(p, rest) || (!letterhead && /^(关于|对)/.test(rest) && !/关于/.test(p)));
  if (isTitleLine(p + l)) return true;
  // The first two lines of three: the third ends the title.
  return a !== undefined && headLike(a) && isTitleLine(p + l + a) && /(关于|^对|提案|建议|会议)/.test(p + l);
}

/** The last characters of a unit's name: a line that ends otherwise cuts the name. */
const UNIT_END = /(局|委员会|委|政府|办公室|办|中心|厅|部|院|会|处|所|站|馆|署|行|公司|集团|团|社|室|队|台|司|府)$/;

/**
 * `prev` is the start of a title whose rest is a title line too: it holds the 关于/对 the rest
 * lacks, or ends inside it (`…局关` / `于…`), or ends inside the session, or the unit's name is
 * cut (`…文化广电旅` / `游局关于…`), or the list of units is (`…保障局` / `、…委员会关于…`).
 */
function startsTitle(p: string, rest: string): boolean {
  if (/(关于|关)$/.test(p) || /^、/.test(rest) || /、$/.test(p)) return true;
  if (/(关于|对|会议$|第$)/.test(p) && !/关于|^对/.test(rest)) return true;
  if (/^(关于|对)/.test(rest)) return false;
  // `…发展和改革委` / `员会关于…`: the rest's first unit does not start as a unit's name does.
  const unit = /^(.*?)(、|关于|对)/.exec(rest)?.[1] ?? '';
  // The letterhead's name again at the title's start (`农业农村部` / `农业农村部关于…`) is no cut.
  if (unit.startsWith(p)) return false;
  return !UNIT_END.test(p) || !/[省市县区州旗盟]|^(国家|中共|全国|中国|共青团)/.test(unit);
}

/**
 * `pageBreak`: page artifacts stood between the lines; `wrapped`: the layout's wrap did;
 * `heading`: `prev` is an item heading that fills its line (itemHeadings).
 */
function runsOn(prev: string, next: string, pageBreak: boolean, wrapped: boolean, heading: boolean): boolean {
  const [p, n] = [v(prev), v(next)];
  // An enumerator cut from its item at the end of a line: `…。三` / `是加大投入…`.
  if (/^\(?[一二三四五六七八九十\d]{0,3}$/.test(p) && (isItemStart(p + n) || SECTION_HEADING.test(p + n))) return true;
  if (SENTENCE_END.test(prev) || isTitleLine(p) || isBlockStart(n)) return false;
  // A 《…》 or “…” left open: the proposal's title cut by the wrap.
  if (/《[^》]*$|“[^”]*$/.test(p)) return true;
  // A note in brackets (`（联系人：…）`, `（此件公开发布）`) and the 印发 line stand alone.
  if (/^\([^()]*\)$/.test(p) || /^\([^()]*\)$/.test(n) || ISSUED.test(p)) return false;
  // Units and a date, and nothing else: the signature line, however long.
  if (SIGNATURE_DATE.test(p) && !/[,。;]/.test(p)) return false;
  // A heading or labelled line without a sentence in it stands alone, unless a page cut it.
  if (SECTION_HEADING.test(p) && !/。/.test(p) && !wrapped) return false;
  if (heading) return false;
  // A labelled field (`联系人：…　联系电话：…、…`) as wide as the text runs on only where it stops at a separator.
  if (isFieldLine(p) && !/[,、;:\-]$/.test(p)) return false;
  // A short heading-like item (`（一）开展培训，形成合力`) before a page break stands alone; an inline
  // `一是…` item, one that stops at a comma, and a line wrapped at the text's width run on.
  const cutItem = wrapped || (pageBreak && (/[,、]$/.test(p) || p.length >= 30 || /^[一二三四五六七八九十]{1,3}是/.test(p)));
  if (isBlockStart(p) && !/。/.test(p) && !(cutItem && (/,/.test(p) || wrapped))) return false;
  if (!wrapped && /:$/.test(n) && n.length <= 40 && !/[,。]/.test(n)) return false;
  // Only prose runs on: a short line without commas is a letterhead, signature, date or heading.
  // A colon that opens inline items (`…以下工作：一是…`) is prose too.
  return (wrapped && isItemStart(p)) || /[,、。;]/.test(p) || INLINE_ITEMS.test(p) || p.length >= 30;
}

const SIGNATURE_DATE = new RegExp(`${DATE.source}$`);
const INLINE_ITEMS = /:(?:\(?[一二三四五六七八九十\d]{1,2}[)、.是]|第[一二三四五六七八九十])/;

function glue(a: string, b: string): string {
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/** Removes stray spaces inside the 文号 and inside the title line. */
function tidyLine(line: string): string {
  const view = viewOf(line);
  if (isTitleLine(view.text)) return line.replace(/[\s\u3000]+/g, '');
  const m = DOC_NUMBER.exec(view.text);
  if (m) return printedSlice(view, 0, m[0].length).replace(/[\s\u3000]+/g, '') + printedSlice(view, m[0].length);
  return line;
}

/**
 * Undo PDF text-extraction damage using the geometry pdfjs reports, so a
 * letter comes out one paragraph per line, the way its source `.txt` reads.
 *
 * What PDF text looks like before repair: paragraphs hard-wrapped at the
 * right margin (a number `1126` split as `11`/`26`, `三是` as `三`/`是`),
 * spaces where a CJK run meets digits or Latin (`18 号(A 类)`, typesetting
 * gaps, not source spaces), a U+3000 turned into a gap, items of one line
 * out of order (footers are often drawn first).
 */

/** One text run from pdfjs, in PDF user space (y grows upwards). */
export type PdfItem = {
  str: string;
  /** left edge of the run */
  x: number;
  /** baseline */
  y: number;
  width: number;
  /** font size (em) in user-space units */
  size: number;
};

/** The text runs of one page, in content-stream order; `width` of its view. */
export type PdfPage = { width: number; items: readonly PdfItem[] };

/** A visual line after grouping: its text and where it sits. */
export type PdfLine = { text: string; x0: number; x1: number; y: number; size: number; page: number };

// A gap of about one em between runs is a U+3000 in the source (`何静　联系电话`);
// a smaller one that pdfjs did not already spell as a space still separates words.
const IDEOGRAPHIC_GAP = 0.8;
const WORD_GAP = 0.15;

/**
 * Group runs into visual lines, top to bottom per page, runs left to right.
 * Whitespace-only runs are dropped: the gap they span is measured instead.
 */
export function groupLines(pages: readonly PdfPage[]): PdfLine[] {
  const out: PdfLine[] = [];
  pages.forEach((page, pageIndex) => {
    const rows: { y: number; size: number; items: PdfItem[] }[] = [];
    for (const raw of page.items) {
      if (raw.str.trim() === '') continue;
      // A degenerate transform would make every gap infinite.
      const item = raw.size > 0 ? raw : { ...raw, size: 1 };
      // Search all rows, not just the last: runs of one line can be drawn apart.
      const row = rows.find((r) => Math.abs(r.y - item.y) <= 0.3 * Math.max(r.size, item.size));
      if (row) {
        row.items.push(item);
        row.size = Math.max(row.size, item.size);
      } else rows.push({ y: item.y, size: item.size, items: [item] });
    }
    rows.sort((a, b) => b.y - a.y);
    for (const row of rows) {
      const items = [...row.items].sort((a, b) => a.x - b.x);
      let text = '';
      let end = items[0].x;
      for (const item of items) {
        const gap = (item.x - end) / row.size;
        if (gap >= IDEOGRAPHIC_GAP) text += '\u3000'.repeat(Math.min(8, Math.max(1, Math.round(gap))));
        else if (gap >= WORD_GAP) text += ' ';
        text += item.str;
        end = Math.max(end, item.x + item.width);
      }
      out.push({ text, x0: items[0].x, x1: end, y: row.y, size: row.size, page: pageIndex });
    }
  });
  return out;
}

const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}]) +(?=[^\\s${CJK}])`, 'gu');
const SPACE_BEFORE_CJK = new RegExp(`([^\\s${CJK}]) +(?=[${CJK}])`, 'gu');

/**
 * Drop the spaces PDF typesetting puts where CJK meets digits or Latin
 * (`18 号(A 类)` → `18号(A类)`). A source space there (`截至 2023 年`) goes too:
 * the position data cannot tell the two apart inside one pdfjs run, and
 * nothing downstream reads white space. Spaces elsewhere (`联 系 人`) stay.
 */
export function tidySpaces(line: string): string {
  return line.replace(/ {2,}/g, ' ').replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1').trim();
}

const PAGE_NUMBER = [
  /^[—–\-－·•]+\d+[—–\-－·•]+$/u, // — 2 —, -3-
  /^第\d+页([,，]?共\d+页)?$/u, // 第 2 页 共 4 页
  /^\d+\/\d+$/u, // 2/4
];

/** A line that is only a page number (`— 2 —`, `-3-`, `第 2 页 共 4 页`). */
export function isPageNumber(text: string): boolean {
  const bare = text.replace(/\s/g, '');
  return PAGE_NUMBER.some((re) => re.test(bare));
}

// An item that opens a new paragraph even when the line before it was full:
// `一、` `（二）` `3.` `第四，` (but not an inline `二是`, nor `1.86 亿元`).
const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|第[一二三四五六七八九十]+[，,、])/u;
const SENTENCE_END = /[。！？：；!?:;]$/u;

/** Layout facts shared by the whole document. */
type Layout = { left: number; right: number; pitch: number; headers: Set<string> };

/** Texts that open or close two or more pages: running headers and footers. */
function runningLines(lines: readonly PdfLine[]): Set<string> {
  const pagesOf = new Map<string, Set<number>>();
  lines.forEach((l, i) => {
    const edge = lines[i - 1]?.page !== l.page || lines[i + 1]?.page !== l.page;
    if (!edge) return;
    const key = l.text.replace(/\s/g, '');
    pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(l.page));
  });
  return new Set([...pagesOf].filter(([, pages]) => pages.size >= 2).map(([key]) => key));
}

function layoutOf(lines: readonly PdfLine[], pageWidth: number): Layout {
  // The left margin is where most lines start (a title or signature may sit elsewhere).
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const left = [...starts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
  // The right margin is where wrapped lines stop. With fewer than two lines
  // there, the longest line may just be a short one: assume margins as wide as
  // the left one instead.
  const widest = lines.reduce((w, l) => Math.max(w, l.x1), -Infinity);
  const atWidest = lines.filter((l) => l.x1 >= widest - 1.2 * l.size).length;
  const right = atWidest >= 2 ? widest : Math.max(widest, pageWidth - left);
  // Line pitch: a low percentile of baseline steps, so that blank lines between
  // paragraphs do not count as the pitch unless every step is one.
  const steps = lines
    .slice(1)
    .map((l, i) => (l.page === lines[i].page ? lines[i].y - l.y : 0))
    .filter((dy, i) => dy >= 0.8 * lines[i + 1].size)
    .sort((a, b) => a - b);
  const pitch = steps.length ? steps[Math.floor(steps.length * 0.1)] : Infinity;
  return { left, right, pitch, headers: runningLines(lines) };
}

/** Does line `b` carry on the paragraph that line `a` is part of? */
function continues(a: PdfLine, b: PdfLine, layout: Layout): boolean {
  // Page furniture stays on its own line, for the parser to drop.
  for (const line of [a, b]) {
    if (isPageNumber(line.text) || layout.headers.has(line.text.replace(/\s/g, ''))) return false;
  }
  // Extra space above `b`: a blank line or paragraph spacing in the source.
  if (a.page === b.page && a.y - b.y > 1.3 * layout.pitch) return false;
  // A line that stops short of the right margin ends its paragraph (1.2 em
  // allows for line-breaking rules pushing a char or a short number down).
  if (a.x1 < layout.right - 1.2 * a.size) return false;
  // First-line indent opens a paragraph.
  if (b.x0 > layout.left + 0.8 * b.size) return false;
  if (SENTENCE_END.test(a.text) && ENUMERATOR.test(b.text.trim())) return false;
  return true;
}

/**
 * Turn positioned pdfjs runs into text, one paragraph per line: wrapped lines
 * rejoined, page-number lines kept on their own, no blank lines, CJK/Latin
 * typesetting spaces removed. Pure: the same pages give the same text.
 */
export function repairPdfText(pages: readonly PdfPage[]): string {
  const lines = groupLines(pages);
  if (lines.length === 0) return '';
  const layout = layoutOf(
    lines,
    pages.reduce((w, p) => Math.min(w, p.width), Infinity),
  );
  const paragraphs: string[] = [lines[0].text];
  for (let i = 1; i < lines.length; i++) {
    if (!continues(lines[i - 1], lines[i], layout)) {
      paragraphs.push(lines[i].text);
      continue;
    }
    const last = paragraphs.length - 1;
    // English words wrap at a space; CJK text and split numbers (`11`/`26`) do not.
    const glue = /[A-Za-z]$/.test(paragraphs[last]) && /^[A-Za-z]/.test(lines[i].text) ? ' ' : '';
    paragraphs[last] += glue + lines[i].text;
  }
  return (
    paragraphs
      .map(tidySpaces)
      .filter((p) => p !== '')
      .join('\n') + '\n'
  );
}

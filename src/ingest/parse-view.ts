/**
 * The normalised view the parser reads a line through, and the way back to the line as printed.
 * The view folds full-width ASCII (digits, Latin, brackets, punctuation) to half-width, turns
 * every space (U+3000, tab, no-break space) into a plain one, drops a single space between
 * characters (the spaced-out layouts: `2 0 2 5 年`, `第 1 2 号`, `关 于 …`) unless it parts two
 * words or numbers of more than one character, and shrinks a run of spaces (a printed gap) to
 * one space. Characters spaced out by wider runs (`2   0   2   5   年`) are joined too. The page and the MDX keep the printed line; values are read back from it. Pure.
 */

export interface ViewLine {
  /** The line as printed. */
  printed: string;
  /** The normalised text the parser matches. */
  text: string;
  /** For each index of `text` (and its end), the index in `printed` it comes from. */
  at: number[];
}

const SPACE = /[\s\u3000\u00a0]/;
const ALNUM = /[A-Za-z0-9]/;

/** One character folded to its half-width form: `２` → `2`, `（` → `(`, `Ａ` → `A`. */
export function foldChar(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return SPACE.test(ch) ? ' ' : ch;
}

const TO_FOLD = /[\uff01-\uff5e\s\u00a0]/g;

/**
 * `make` remembered per string. The parser reads a letter's lines many times over (repair,
 * head, body, tail): each is computed once while the letter is read, a few thousand lines kept.
 */
function remembered<T>(make: (line: string) => T): (line: string) => T {
  const cache = new Map<string, T>();
  return (line) => {
    let value = cache.get(line);
    if (value === undefined) {
      if (cache.size >= 4_096) cache.clear();
      value = make(line);
      cache.set(line, value);
    }
    return value;
  };
}

/** The whole string folded character by character (same length as the input). */
export const fold = remembered((text) => text.replace(TO_FOLD, foldChar));

/** The view of one printed line. */
export const viewOf = remembered(makeView);

/** The normalised text of one printed line: `viewOf(line).text`. */
export const viewText = (line: string) => viewOf(line).text;

function makeView(printed: string): ViewLine {
  const folded = fold(printed);
  const runs = [...folded.matchAll(/ +/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  const parts: string[] = [];
  const at: number[] = [];
  let last = 0;
  const take = (from: number, to: number) => {
    parts.push(folded.slice(from, to));
    for (let i = from; i < to; i++) at.push(i);
  };
  runs.forEach((run, k) => {
    take(last, run.from);
    last = run.to;
    if (run.from > 0 && run.to < folded.length && isGap(folded, runs, k)) {
      parts.push(' ');
      at.push(run.from);
    }
  });
  take(last, folded.length);
  at.push(folded.length);
  return { printed, text: parts.join(''), at };
}

type Run = { from: number; to: number };

/**
 * Whether run `k` of spaces parts words (kept as one space) rather than spacing characters out
 * (dropped). The spacing is the width of a run one character away; a run of that width spaces
 * out. A typed space is a run of one, or of twice the spacing and one inside spaced-out text
 * (`1 .   7 1` is `1. 71`): it parts two words or numbers of more than one character only. Any
 * other run is a printed gap.
 */
function isGap(folded: string, runs: Run[], k: number): boolean {
  const { from, to } = runs[k];
  const width = to - from;
  const beside = [runs[k - 1], runs[k + 1]].filter((o) => o !== undefined && (o.to + 1 === from || to + 1 === o.from));
  const spacing = beside.length > 0 ? Math.min(...beside.map((o) => o.to - o.from)) : 0;
  if (width === spacing) return false;
  if (width === 1 || width === 2 * spacing + 1) {
    return (
      ALNUM.test(folded[from - 1]) &&
      ALNUM.test(folded[to]) &&
      runLength(folded, from - 1, -1, spacing) > 1 &&
      runLength(folded, to, 1, spacing) > 1
    );
  }
  return true;
}

/** Letters or digits in a row from `from`, stepping over runs of `spacing` spaces between them. */
function runLength(s: string, from: number, step: number, spacing: number): number {
  let n = 0;
  let k = from;
  while (k >= 0 && k < s.length && ALNUM.test(s[k])) {
    n++;
    k += step;
    let spaces = 0;
    while (spacing > 0 && s[k + step * spaces] === ' ') spaces++;
    if (spaces === spacing) k += step * spaces;
  }
  return n;
}

/** The printed text behind `text.slice(start, end)` of the view. */
export function printedSlice(line: ViewLine, start: number, end = line.text.length): string {
  return line.printed.slice(line.at[start], end >= line.text.length ? line.printed.length : line.at[end]);
}

/** The view of a whole text, white space removed: how two strings are compared. */
export function compactView(text: string): string {
  return fold(text).replace(/ +/g, '');
}

/**
 * A value read from the views (white space removed) → the same characters as printed, white
 * space removed: `０４７７` stays `０４７７` where the letter printed it so. The value itself when
 * no line holds it.
 */
export function asPrinted(value: string, lines: readonly ViewLine[]): string {
  const want = value.replace(/ +/g, '');
  for (const line of lines) {
    const compact = line.printed.replace(/[\s\u3000\u00a0]+/g, '');
    const i = fold(compact).indexOf(want);
    if (i >= 0) return compact.slice(i, i + want.length);
  }
  return want;
}

/**
 * Enumerated items inside a paragraph (its parse view): 一是…, （一）…, 1. …, （1）…, ①…, 第一，…,
 * and a line-initial bullet (●, ■, ◆, ——). An item starts at the paragraph's start or right after
 * a sentence or clause ends, and items count up from one. Discourse connectives (首先/其次,
 * 一方面/另一方面), a minus before a number (`- 3 米`) and a wrapped decimal (`1. 5 万`) are not
 * items. Pure.
 */
import { parseCount } from './chinese-numerals.ts';
import { fold } from './parse-view.ts';

export type EnumStyle = 'paren' | 'di' | 'arabic' | 'paren-arabic' | 'circled' | 'bullet' | 'shi';

/** From the highest level to the lowest, as official letters nest them. */
export const STYLE_ORDER: EnumStyle[] = ['paren', 'di', 'arabic', 'paren-arabic', 'circled', 'bullet', 'shi'];

const CN = '[一二三四五六七八九十]{1,3}';
const MARKERS: Record<EnumStyle, RegExp> = {
  paren: new RegExp(`\\(\\s*(${CN})\\s*\\)`, 'y'),
  di: new RegExp(`第(${CN})[,、:]`, 'y'),
  // `1.`, `1、`, `1)`; not `1.86 亿元`, but `1.2024年…` is an item.
  arabic: /(\d{1,2})\s*(?:[.、)](?!\d)|\.(?=(?:19|20)\d{2}年))/y,
  'paren-arabic': /\(\s*(\d{1,2})\s*\)/y,
  circled: /([①-⑳])/y,
  bullet: /([●■◆▲★•]|——)/y,
  shi: new RegExp(`(${CN})是`, 'y'),
};
const BOUNDARY = /[。;:!?]/;

export interface Marker {
  style: EnumStyle;
  /** Offset of the enumerator in the paragraph. */
  at: number;
  /** Length of the enumerator text (`一是`, `（一）`, `1. `, `第一，`). */
  length: number;
  /** 1, 2, 3 …; a bullet has none (0) and counts as the next item. */
  ordinal: number;
}

function ordinalOf(style: EnumStyle, m: string): number | null {
  if (style === 'bullet') return 0;
  if (style === 'circled') return m.charCodeAt(0) - 0x2460 + 1;
  return parseCount(m);
}

/** Every place in the paragraph where an enumerator of the style may start an item. */
export function candidateMarkers(printed: string, style: EnumStyle): Marker[] {
  // Folded one character for one: offsets hold for the printed paragraph and for its view.
  const paragraph = fold(printed);
  const found: Marker[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    if (i > 0 && (style === 'bullet' || !BOUNDARY.test(paragraph[i - 1]))) continue;
    const m = markerAt(paragraph, style, i);
    if (m) found.push(m);
  }
  return found;
}

/** The enumerator of the style at offset `at` of a folded paragraph, or null. */
function markerAt(paragraph: string, style: EnumStyle, at: number): Marker | null {
  const re = MARKERS[style];
  re.lastIndex = at;
  const m = re.exec(paragraph);
  const ordinal = m ? ordinalOf(style, m[1]) : null;
  if (!m || ordinal === null || (ordinal === 0 && style !== 'bullet')) return null;
  let length = m[0].length;
  while (/[\s\u3000]/.test(paragraph[at + length] ?? '')) length++;
  return { style, at, length, ordinal };
}

/**
 * Keeps the markers that count up: each is 1 (a new run) or one more than the last kept.
 * `paragraphs` are the paragraphs of one section, in order.
 */
export function countingMarkers(paragraphs: string[], style: EnumStyle): Marker[][] {
  let last = 0;
  return paragraphs.map((p) =>
    candidateMarkers(p, style).filter((m) => {
      if (m.ordinal === 0 || m.ordinal === 1 || m.ordinal === last + 1) {
        last = m.ordinal;
        return true;
      }
      return false;
    }),
  );
}

/** The lowest enumeration level used at least twice in these paragraphs, or null. */
export function lowestStyle(paragraphs: string[]): EnumStyle | null {
  for (const style of [...STYLE_ORDER].reverse()) {
    const count = countingMarkers(paragraphs, style).reduce((n, ms) => n + ms.length, 0);
    if (count >= 2) return style;
  }
  return null;
}

/**
 * The printed form of the enumerator a line starts with, its numeral written `N` (`（N）`, `N、`,
 * `N.`, `N是`), or null: `1、` and `1.` are forms apart though one style.
 */
export function leadingForm(line: string): string | null {
  for (const style of STYLE_ORDER) {
    const m = markerAt(fold(line), style, 0);
    if (m)
      return fold(line.slice(0, m.length))
        .replace(/[\d一二三四五六七八九十①-⑳]+/g, 'N')
        .replace(/\s+/g, '');
  }
  return null;
}

/** True when the paragraph starts with an enumerator of a level above `style`. */
export function startsHigherItem(paragraph: string, style: EnumStyle): boolean {
  const level = STYLE_ORDER.indexOf(style);
  const folded = fold(paragraph);
  return STYLE_ORDER.slice(0, level).some((s) => markerAt(folded, s, 0) !== null);
}

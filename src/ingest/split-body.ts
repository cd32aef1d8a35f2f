/**
 * The body of a letter, between the salutation and the thanks: the opening, the 一、 sections
 * with their measures, and the 下一步 commitments. Reads the parse view of each paragraph and
 * cuts the printed text. Pure.
 */
import { countingMarkers, lowestStyle, startsHigherItem, type EnumStyle } from './enumerators.ts';
import { SECTION_HEADING } from './letter-patterns.ts';
import { firstSentenceEnd, isHeadingLike, leadOf } from './sentences.ts';
import { parseCount } from './chinese-numerals.ts';
import { printedSlice, viewOf, type ViewLine } from './parse-view.ts';
import type { BlockItem, SectionBlock } from './letter-layout.ts';

export interface Body {
  opening: string[];
  sections: SectionBlock[];
  nextSteps: BlockItem[] | null;
  /** Paragraphs after the measures and commitments: thanks and the like, before the signature. */
  closing: string[];
}

const NEXT_STEPS = /^(下一步|下步|今后|下阶段|下一阶段|接下来)/;
const NEXT_STEPS_HEADING = /(下一步|下步|今后|打算)/;
/** Thanks and closing formulas, and the lines that are never content (特此函复。此复。附件：…). */
export const THANKS = /^(感谢|衷心感谢|再次感谢|谢谢|欢迎|特此|以上|此复|专此)|(关心|支持|指导)[和与]?(支持|关心|帮助)?[。！!]$/;
const REPLY_FOLLOWS = /(答复如下|答复如后|报告如下|说明如下|意见如下)[。:]?$/;

/** Splits the body paragraphs into opening, sections and 下一步. */
export function splitBody(paragraphs: ViewLine[]): Body {
  const texts = paragraphs.map((p) => p.text);
  const headings = sectionHeadingIndexes(texts);
  let nextAt = texts.findIndex((p, i) => i >= (headings[0] ?? 0) && NEXT_STEPS.test(p));
  const nextHeading = headings.find((h) => NEXT_STEPS_HEADING.test(texts[h]) && h > headings[0]);
  if (nextHeading !== undefined && (nextAt < 0 || nextHeading < nextAt)) nextAt = nextHeading;
  const sectionHeads = headings.filter((h) => nextAt < 0 || h < nextAt);
  const end = nextAt < 0 ? paragraphs.length : nextAt;

  let openingEnd: number;
  const sections: SectionBlock[] = [];
  if (sectionHeads.length > 0) {
    openingEnd = sectionHeads[0];
    sectionHeads.forEach((h, k) => {
      const stop = sectionHeads[k + 1] ?? end;
      sections.push(buildSection(k + 1, paragraphs[h], paragraphs.slice(h + 1, stop)));
    });
  } else {
    const reply = texts.slice(0, end).findIndex((p) => REPLY_FOLLOWS.test(p));
    openingEnd = Math.min(end, reply >= 0 ? reply + 1 : 1);
    sections.push(buildSection(1, null, paragraphs.slice(openingEnd, end)));
  }
  let closing: string[] = [];
  let nextSteps: BlockItem[] | null = null;
  if (nextAt >= 0) {
    const split = splitItems(paragraphs.slice(nextAt), (k) => `n${k}`, true);
    nextSteps = split.items;
    closing = paragraphs.slice(nextAt + split.consumed).map((p) => p.printed);
  } else {
    closing = takeTrailingThanks(sections.at(-1)!.items);
  }
  return { opening: paragraphs.slice(0, openingEnd).map((p) => p.printed), sections, nextSteps, closing };
}

/** Moves the thanks paragraphs that end the last section out of it. */
function takeTrailingThanks(items: BlockItem[]): string[] {
  const taken: string[] = [];
  while (items.length > 0) {
    const last = items.at(-1)!;
    if (last.kind !== 'p' || !THANKS.test(viewOf(last.text).text)) break;
    taken.unshift(last.text);
    items.pop();
  }
  return taken;
}

function sectionHeadingIndexes(texts: string[]): number[] {
  const found: number[] = [];
  texts.forEach((p, i) => {
    const m = SECTION_HEADING.exec(p);
    if (m && parseCount(m[1]) === found.length + 1 && (firstSentenceEnd(p) < 0 || firstSentenceEnd(p) <= 80)) found.push(i);
  });
  return found;
}

function buildSection(n: number, heading: ViewLine | null, rest: ViewLine[]): SectionBlock {
  const body = [...rest];
  if (!heading) return { anchor: `s${n}`, headingLine: null, heading: null, items: splitItems(body, (k) => `m${n}-${k}`, false).items };
  // A heading printed with its first paragraph on one line: the heading is the first sentence.
  let end = firstSentenceEnd(heading.text);
  if (end > 0 && end < heading.text.length) {
    const after = printedSlice(heading, end).trim();
    if (after) body.unshift(viewOf(after));
  } else end = heading.text.length;
  const marker = SECTION_HEADING.exec(heading.text)![0].length;
  return {
    anchor: `s${n}`,
    headingLine: end < heading.text.length ? printedSlice(heading, 0, end) : heading.printed,
    heading: leadOf(printedSlice(heading, marker, end)),
    items: splitItems(body, (k) => `m${n}-${k}`, false).items,
  };
}

/**
 * Splits paragraphs at the enumerators of their lowest level. Returns where the items stop when
 * `stopAtProse` (the 下一步 block ends at the first paragraph that is neither item nor its part).
 */
export function splitItems(
  paragraphs: ViewLine[],
  anchor: (k: number) => string,
  stopAtProse: boolean,
): { items: BlockItem[]; consumed: number } {
  const texts = paragraphs.map((p) => p.text);
  const style = lowestStyle(texts);
  const items: BlockItem[] = [];
  if (!style) {
    const keep = stopAtProse ? paragraphs.slice(0, 1) : paragraphs;
    keep.forEach((p) => items.push({ kind: 'p', text: p.printed }));
    return { items, consumed: keep.length };
  }
  const markers = countingMarkers(texts, style);
  let count = 0;
  // Assigned inside the forEach below, so TypeScript must be told it can be non-null.
  let open = null as { paragraphs: string[]; absorbs: boolean } | null;
  let consumed = paragraphs.length;
  for (const [i, p] of paragraphs.entries()) {
    const ms = markers[i];
    if (ms.length === 0) {
      if (open?.absorbs && !startsHigherItem(p.text, style) && !THANKS.test(p.text)) open.paragraphs.push(p.printed);
      else if (stopAtProse && i > 0) {
        consumed = i;
        break;
      } else {
        items.push({ kind: 'p', text: p.printed });
        open = null;
      }
      continue;
    }
    if (ms[0].at > 0) items.push({ kind: 'p', text: printedSlice(p, 0, ms[0].at) });
    ms.forEach((m, k) => {
      const stop = ms[k + 1]?.at ?? p.text.length;
      const own = printedSlice(p, m.at + m.length, stop);
      const measure = { anchor: anchor(++count), paragraphs: [printedSlice(p, m.at, stop)], lead: leadOf(own) };
      items.push({ kind: 'measure', measure });
      open = { paragraphs: measure.paragraphs, absorbs: isHeadingLike(p.text.slice(m.at + m.length, stop)) };
    });
  }
  return { items, consumed };
}

export type { EnumStyle };

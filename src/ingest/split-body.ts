/**
 * The body of a letter, between the salutation and the thanks: the opening, the 一、 sections
 * with their measures, and the 下一步 commitments. Pure.
 */
import { countingMarkers, lowestStyle, startsHigherItem, type EnumStyle } from './enumerators.ts';
import { SECTION_HEADING } from './letter-patterns.ts';
import { firstSentenceEnd, isHeadingLike, leadOf } from './sentences.ts';
import { parseCount } from './chinese-numerals.ts';
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
const THANKS = /^(感谢|衷心感谢|再次感谢|谢谢|欢迎|特此|以上)|(关心|支持|指导)[和与]?(支持|关心|帮助)?[。！!]$/;
const REPLY_FOLLOWS = /(答复如下|答复如后|报告如下|说明如下)[。：:]?$/;

/** Splits the body paragraphs into opening, sections and 下一步. */
export function splitBody(paragraphs: string[]): Body {
  const headings = sectionHeadingIndexes(paragraphs);
  let nextAt = paragraphs.findIndex((p, i) => i >= (headings[0] ?? 0) && NEXT_STEPS.test(p));
  const nextHeading = headings.find((h) => NEXT_STEPS_HEADING.test(paragraphs[h]) && h > headings[0]);
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
    const reply = paragraphs.slice(0, end).findIndex((p) => REPLY_FOLLOWS.test(p));
    openingEnd = Math.min(end, reply >= 0 ? reply + 1 : 1);
    sections.push(buildSection(1, null, paragraphs.slice(openingEnd, end)));
  }
  let closing: string[] = [];
  let nextSteps: BlockItem[] | null = null;
  if (nextAt >= 0) {
    const split = splitItems(paragraphs.slice(nextAt), (k) => `n${k}`, true);
    nextSteps = split.items;
    closing = paragraphs.slice(nextAt + split.consumed);
  } else {
    closing = takeTrailingThanks(sections.at(-1)!.items);
  }
  return { opening: paragraphs.slice(0, openingEnd), sections, nextSteps, closing };
}

/** Moves the thanks paragraphs that end the last section out of it. */
function takeTrailingThanks(items: BlockItem[]): string[] {
  const taken: string[] = [];
  while (items.length > 0) {
    const last = items.at(-1)!;
    if (last.kind !== 'p' || !THANKS.test(last.text)) break;
    taken.unshift(last.text);
    items.pop();
  }
  return taken;
}

function sectionHeadingIndexes(paragraphs: string[]): number[] {
  const found: number[] = [];
  paragraphs.forEach((p, i) => {
    const m = SECTION_HEADING.exec(p);
    if (m && parseCount(m[1]) === found.length + 1 && (firstSentenceEnd(p) < 0 || firstSentenceEnd(p) <= 80)) found.push(i);
  });
  return found;
}

function buildSection(n: number, headingParagraph: string | null, rest: string[]): SectionBlock {
  let headingLine = headingParagraph;
  const body = [...rest];
  if (headingParagraph) {
    // A heading printed with its first paragraph on one line: the heading is the first sentence.
    const end = firstSentenceEnd(headingParagraph);
    if (end > 0 && end < headingParagraph.length) {
      headingLine = headingParagraph.slice(0, end);
      body.unshift(headingParagraph.slice(end).trim());
    }
  }
  const heading = headingLine ? leadOf(headingLine.replace(SECTION_HEADING, '')) : null;
  return { anchor: `s${n}`, headingLine, heading, items: splitItems(body, (k) => `m${n}-${k}`, false).items };
}

/**
 * Splits paragraphs at the enumerators of their lowest level. Returns where the items stop when
 * `stopAtProse` (the 下一步 block ends at the first paragraph that is neither item nor its part).
 */
export function splitItems(
  paragraphs: string[],
  anchor: (k: number) => string,
  stopAtProse: boolean,
): { items: BlockItem[]; consumed: number } {
  const style = lowestStyle(paragraphs);
  const items: BlockItem[] = [];
  if (!style) {
    const keep = stopAtProse ? paragraphs.slice(0, 1) : paragraphs;
    keep.forEach((text) => items.push({ kind: 'p', text }));
    return { items, consumed: keep.length };
  }
  const markers = countingMarkers(paragraphs, style);
  let count = 0;
  // Assigned inside the forEach below, so TypeScript must be told it can be non-null.
  let open = null as { paragraphs: string[]; absorbs: boolean } | null;
  let consumed = paragraphs.length;
  for (const [i, p] of paragraphs.entries()) {
    const ms = markers[i];
    if (ms.length === 0) {
      if (open?.absorbs && !startsHigherItem(p, style) && !THANKS.test(p)) open.paragraphs.push(p);
      else if (stopAtProse && i > 0) {
        consumed = i;
        break;
      }
      else {
        items.push({ kind: 'p', text: p });
        open = null;
      }
      continue;
    }
    if (ms[0].at > 0) items.push({ kind: 'p', text: p.slice(0, ms[0].at) });
    ms.forEach((m, k) => {
      const text = p.slice(m.at, ms[k + 1]?.at ?? p.length);
      const measure = { anchor: anchor(++count), paragraphs: [text], lead: leadOf(text.slice(m.length)) };
      items.push({ kind: 'measure', measure });
      open = { paragraphs: measure.paragraphs, absorbs: isHeadingLike(text.slice(m.length)) };
    });
  }
  return { items, consumed };
}

export type { EnumStyle };

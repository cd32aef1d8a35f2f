/**
 * What a hard-wrapped text tells of its lines: the width its layout wrapped at, and the item
 * headings that fill a line by chance. Pure.
 */
import { leadingForm } from './enumerators.ts';
import { SECTION_HEADING, isItemStart } from './letter-patterns.ts';
import { PAGE_BREAK } from './page-artifacts.ts';
import { viewText as v } from './parse-view.ts';

/**
 * The width of a hard-wrapped text: the length most of its long lines share, or 0 when its
 * lines are paragraphs of all lengths.
 */
export function wrapWidth(lines: string[], lengths: number[]): number {
  const long = lengths.filter((n, i) => n >= 20 && lines[i] !== PAGE_BREAK);
  const counts = new Map<number, number>();
  for (const n of long) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [width, n] = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [0, 0];
  return long.length >= 4 && n >= 0.3 * long.length ? width : 0;
}

/**
 * The lines that start an item standing as a heading, though a wrap or a page break seems to
 * cut it: the line has no sentence end and does not stop at a comma, and the nearest item of
 * the same printed form (enumerators.ts leadingForm) in the same section, the one before it or
 * else the one after, is a heading of its own (short, without a sentence end). A heading the
 * wrap width happened to fit, or that a page break follows, is not cut.
 */
export function itemHeadings(lines: string[], lengths: number[], width: number): Set<number> {
  const found = new Set<number>();
  const short = (i: number) => (width > 0 ? lengths[i] < width - 1 : lengths[i] <= 40);
  const items: { at: number; form: string; heading: boolean; block: number }[] = [];
  let block = 0;
  lines.forEach((l, i) => {
    const t = l === PAGE_BREAK ? '' : v(l);
    if (SECTION_HEADING.test(t) || /^(下一步|下步|今后)/.test(t)) block++;
    const form = isItemStart(t) ? leadingForm(t) : null;
    if (form) items.push({ at: i, form, heading: !/[。!?！？;]/.test(t) && short(i), block });
  });
  items.forEach((item, k) => {
    if (/[。!?！？;]|[,、]$/.test(v(lines[item.at]))) return;
    const sibling = (step: number) => {
      for (let j = k + step; j >= 0 && j < items.length && items[j].block === item.block; j += step)
        if (items[j].form === item.form) return items[j];
      return undefined;
    };
    if ((sibling(-1) ?? sibling(1))?.heading) found.add(item.at);
  });
  return found;
}

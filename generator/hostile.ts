/**
 * Fragments with characters that are significant to Markdown, MDX, HTML or shells, placed in
 * some letters the way real extracted letters carry them: formulas with braces, comparisons with
 * < and >, `R&D`, paragraphs broken so that a line starts with `#3 楼`, `-5℃` or `1.86 亿元`,
 * the words import and <script>, `*`, `_`, `|` and a backslash (vocab/hostile.json). None is ever
 * part of a term or placed where it could be taken for an enumerator.
 */
import type { Rng } from './prng.ts';
import { VOCAB } from './vocab.ts';

/** Body sentences (complete, ending with 。); `\n\n` marks a paragraph broken by extraction. */
export const HOSTILE_BODIES: readonly string[] = VOCAB.hostile.bodies;

/** Leads (no closing 。) with hostile characters. */
export const HOSTILE_LEADS: readonly string[] = VOCAB.hostile.leads;

/** An opening paragraph broken so that its second line starts with an amount such as `1.86 亿元`. */
export function hostileOpening(rng: Rng, year: number, place: string): string {
  const amount = `${rng.int(1, 9)}.${rng.int(11, 99)}`;
  const share = `${rng.int(1, 2)}.${rng.int(11, 99)}`;
  return `${year - 1} 年，${place}规模以上工业企业研发经费支出达到\n\n` + `${amount} 亿元，研发投入强度为 ${share}%，低于全省平均水平。`;
}

/**
 * Terms: what a letter puts in “…” or 《…》 — programmes, policies, platforms, slogans — white
 * space removed, first appearance first, each once. Pure.
 */
import { quotedWithOffsets } from '../links/measure-terms.ts';

/** The quoted and bracketed names in the text, in order of their opening mark, each once. */
export function quotedTerms(text: string): string[] {
  return [...new Set(quotedWithOffsets(text).map((f) => f.term))];
}

/** The letter's terms: every quoted name, paragraph by paragraph, except the proposal's own title. */
export function letterTerms(paragraphs: string[], proposalTitle: string | null): string[] {
  // Paragraph by paragraph: a quote left open never swallows the paragraphs after it.
  return [...new Set(paragraphs.flatMap(quotedTerms))].filter((t) => t !== proposalTitle);
}

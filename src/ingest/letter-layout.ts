/** The letter as blocks of paragraphs, in reading order: what the MDX body is written from. */

export interface MeasureBlock {
  /** `m2-3`, or `n1` for a 下一步 commitment. */
  anchor: string;
  /** The item's text, its enumerator included, as one or more paragraphs. */
  paragraphs: string[];
  lead: string;
}

export type BlockItem = { kind: 'p'; text: string } | { kind: 'measure'; measure: MeasureBlock };

export interface SectionBlock {
  anchor: string;
  /** The heading paragraph as printed (`一、…`), or null for a letter without headings. */
  headingLine: string | null;
  heading: string | null;
  items: BlockItem[];
}

export type TailBlockKind = 'closing' | 'signature' | 'contact' | 'distribution';

export interface LetterLayout {
  preamble: string[];
  opening: string[];
  sections: SectionBlock[];
  /** The 下一步 paragraph(s) and commitments; null when the letter has none. */
  nextSteps: BlockItem[] | null;
  tail: { kind: TailBlockKind; paragraphs: string[] }[];
}

/** Every paragraph of the layout in reading order: must equal the repaired text's paragraphs joined. */
export function layoutText(layout: LetterLayout): string[] {
  const items = (list: BlockItem[]) => list.flatMap((it) => (it.kind === 'p' ? [it.text] : it.measure.paragraphs));
  return [
    ...layout.preamble,
    ...layout.opening,
    ...layout.sections.flatMap((s) => [...(s.headingLine ? [s.headingLine] : []), ...items(s.items)]),
    ...items(layout.nextSteps ?? []),
    ...layout.tail.flatMap((b) => b.paragraphs),
  ];
}

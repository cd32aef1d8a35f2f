/**
 * A parsed letter → its MDX file: YAML frontmatter holding the archived record, and a body of
 * the components listed in docs/mdx-format.md. Deterministic. Pure.
 */
import { dump } from 'js-yaml';
import { escapeMdxText } from './mdx-escape.ts';
import type { BlockItem, LetterLayout, TailBlockKind } from './letter-layout.ts';
import type { ArchivedRecord } from '../record/record-schema.ts';

const TAIL_COMPONENT: Record<TailBlockKind, string> = {
  closing: 'Closing',
  signature: 'Signature',
  contact: 'Contact',
  distribution: 'Distribution',
};

/** The whole MDX file: the record as frontmatter, then `body` (what `renderBody` gives). */
export function renderMdx(record: ArchivedRecord, body: string): string {
  // Every string quoted: the frontmatter reads the same under any YAML parser (no `yes`/`0477`/date surprises).
  const { id, ...rest } = record;
  const front = dump({ id, ...rest }, { lineWidth: -1, noRefs: true, forceQuotes: true });
  return `---\n${front}---\n\n${body}`;
}

/** The MDX body alone. */
export function renderBody(layout: LetterLayout): string {
  const out: string[] = [];
  const block = (name: string, paragraphs: string[], attrs = '') => {
    if (paragraphs.length === 0) return;
    out.push(`<${name}${attrs}>`, ...paragraphs.map(escapeMdxText), `</${name}>`);
  };
  const items = (list: BlockItem[], component: string) => {
    for (const it of list) {
      if (it.kind === 'p') out.push(escapeMdxText(it.text));
      else block(component, it.measure.paragraphs, ` id="${it.measure.anchor}"`);
    }
  };
  block('Preamble', layout.preamble);
  block('Opening', layout.opening);
  for (const s of layout.sections) {
    out.push(`<Section id="${s.anchor}">`);
    if (s.headingLine) out.push(`<SectionHeading>${escapeMdxText(s.headingLine)}</SectionHeading>`);
    items(s.items, 'Measure');
    out.push('</Section>');
  }
  if (layout.nextSteps) {
    out.push('<NextSteps>');
    items(layout.nextSteps, 'Commitment');
    out.push('</NextSteps>');
  }
  for (const b of layout.tail) block(TAIL_COMPONENT[b.kind], b.paragraphs);
  return out.join('\n\n') + '\n';
}

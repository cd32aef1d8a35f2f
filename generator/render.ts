/**
 * Renders a composed letter (head, body, foot) to its blocks, one paragraph each, and states
 * the record the ingest command should extract from it (record-format.md's fields and rules).
 */
import { isoDate } from './cn-numbers.ts';
import type { Body } from './compose-body.ts';
import type { Foot } from './compose-foot.ts';
import { sectionParagraphs, nextParagraphs } from './compose-items.ts';
import type { Block } from './damage.ts';
import { sessionLabel } from './title.ts';
import type { Plan } from './plan.ts';

const frame = (text: string): Block => ({ text, kind: 'frame' });
const body = (text: string): Block => ({ text, kind: 'body' });

/** The letter's blocks, top to bottom (the fiction marker last). */
export function renderBlocks(head: string[], b: Body, foot: Foot): Block[] {
  const sections = b.sections.flatMap((s, i) => [
    ...sectionParagraphs({ ...s, extra: [] }, i).map(body),
    ...s.extra.map((text): Block => ({ text, kind: 'table' })),
  ]);
  return [
    ...head.map(frame),
    ...b.opening.map(body),
    ...sections,
    ...(b.caveat ? [body(b.caveat)] : []),
    ...nextParagraphs(b, b.sections.length).map(body),
    body(b.thanks),
    ...foot.paragraphs.map(frame),
  ];
}

const strip = (s: string) => s.replace(/\s+/g, '');

/** Every “…” and 《…》 in the text, whitespace removed, deduplicated, except the proposal title. */
export function termsOf(text: string, proposalTitle: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(/“([^”]*)”|《([^》]*)》/g)) {
    const t = strip(m[1] ?? m[2]);
    if (t !== proposalTitle) seen.add(t);
  }
  return [...seen];
}

const DISCLOSURE: Record<string, string | null> = {
  '公开属性：主动公开': '主动公开',
  '公开方式：主动公开': '主动公开',
  '公开方式：依申请公开': '依申请公开',
  '公开属性：不予公开': '不予公开',
  '（此件公开发布）': '主动公开',
  '（此件不予公开）': '不予公开',
};

/** The record (record-format.md fields) this letter should yield. */
export function truthRecord(p: Plan, title: string, proposalTitle: string, b: Body, foot: Foot, text: string) {
  return {
    docNumber: p.docNumber && strip(p.docNumber),
    signer: p.signer,
    title: strip(title),
    kind: p.kind,
    assembly: p.assembly,
    session: { term: p.term, meeting: p.meeting, label: sessionLabel(p.term, p.meeting) },
    number: p.number,
    addressees: p.who.names,
    addresseeRole: p.who.role,
    proposalTitle,
    replyingUnit: p.replyingUnit,
    date: isoDate(p.date),
    category: p.category,
    contact: p.contact,
    cc: foot.cc,
    issuedBy: foot.issuedBy,
    issuedDate: p.issued ? isoDate(p.issued) : null,
    sections: b.sections.map((s) => ({
      heading: s.heading === null ? null : strip(s.heading),
      measures: s.measures.map((m) => ({ lead: strip(m.lead) })),
    })),
    nextSteps: b.next.items.map((n) => ({ lead: strip(n) })),
    terms: termsOf(text, proposalTitle),
    disclosure: DISCLOSURE[p.layout.disclosure] ?? null,
  };
}

/**
 * Renders a composed letter (frame + body) to its text — one paragraph per line, a blank line
 * between paragraphs — and states the record the ingest command should extract from it.
 */
import { cnCount, isoDate } from './cn-numbers.ts';
import type { Body, Section } from './compose-body.ts';
import type { Foot } from './compose-frame.ts';
import { sessionLabel, type Plan } from './plan.ts';

const ordinal = (i: number) => cnCount(i + 1);

/** The printed paragraphs of one section, heading first. */
export function sectionParagraphs(s: Section, index: number): string[] {
  const out = [`${ordinal(index)}、${s.heading}`];
  const ms = s.measures;
  const item = (i: number) => `${ms[i].lead}。${ms[i].body.join('')}`;
  switch (s.style) {
    case 'prose': out.push(...s.prose); break;
    case 'yishi': out.push((s.intro ?? '') + ms.map((_, i) => `${ordinal(i)}是${item(i)}`).join('')); break;
    case 'diyi': out.push(ms.map((_, i) => `第${ordinal(i)}，${item(i)}`).join('')); break;
    case 'diyiParas': ms.forEach((_, i) => out.push(`第${ordinal(i)}，${item(i)}`)); break;
    case 'parenInline': ms.forEach((_, i) => out.push(`（${ordinal(i)}）${item(i)}`)); break;
    case 'numbered': ms.forEach((_, i) => out.push(`${i + 1}. ${item(i)}`)); break;
    case 'subhead': ms.forEach((m, i) => out.push(`（${ordinal(i)}）${m.lead}`, m.body.join(''))); break;
  }
  return out;
}

/** The whole letter's text (UTF-8, LF line endings, final newline). */
export function renderLetter(head: string[], body: Body, foot: Foot): string {
  const paras = [
    ...head,
    ...body.opening,
    ...body.sections.flatMap(sectionParagraphs),
    ...(body.caveat ? [body.caveat] : []),
    body.nextIntro + body.next.map((n, i) => `${ordinal(i)}是${n}。`).join(''),
    body.thanks,
    ...foot.paragraphs,
  ];
  return paras.join('\n\n') + '\n';
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

/** The record (record-format.md fields) this letter should yield. */
export function truthRecord(p: Plan, title: string, proposalTitle: string, body: Body, foot: Foot, text: string) {
  return {
    docNumber: strip(p.docNumber),
    signer: p.signer,
    title: strip(title),
    kind: p.kind,
    assembly: p.assembly,
    session: { term: p.term, meeting: p.meeting, label: sessionLabel(p.term, p.meeting) },
    number: p.number,
    addressees: p.addressees,
    addresseeRole: p.addresseeRole,
    proposalTitle,
    replyingUnit: p.replyingUnit,
    date: isoDate(p.date),
    category: p.category,
    contact: p.contact,
    cc: foot.cc,
    issuedBy: foot.issuedBy,
    issuedDate: p.issued ? isoDate(p.issued) : null,
    sections: body.sections.map((s) => ({
      heading: strip(s.heading),
      measures: s.measures.map((m) => ({ lead: strip(m.lead) })),
    })),
    nextSteps: body.next.map((n) => ({ lead: strip(n) })),
    terms: termsOf(text, proposalTitle),
  };
}

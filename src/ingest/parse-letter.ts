/**
 * A letter's text → its record and its layout (the blocks the MDX body is written from), or a
 * LetterError saying why it is not an archivable reply letter. Pure.
 */
import { LetterError } from './letter-error.ts';
import { repairText } from './repair-text.ts';
import { parseHead, parseProposalFacts } from './parse-head.ts';
import { parseCategory, parseTail } from './parse-tail.ts';
import { splitBody } from './split-body.ts';
import { letterTerms } from './extract-terms.ts';
import { measureTerms } from '../links/measure-terms.ts';
import type { BlockItem, LetterLayout, TailBlockKind } from './letter-layout.ts';
import type { LetterRecord } from '../record/record-schema.ts';

export interface ParsedLetter {
  record: LetterRecord;
  layout: LetterLayout;
  /** The repaired paragraphs the record and layout were read from. */
  paragraphs: string[];
  removedArtifacts: string[];
  warnings: string[];
}

/** Parses a decoded letter; throws LetterError for input that is not an archivable reply letter. */
export function parseLetter(text: string): ParsedLetter {
  const { paragraphs, removed } = repairText(text);
  if (paragraphs.length === 0) throw new LetterError('empty input: file has no content');
  const head = parseHead(paragraphs);
  const tail = parseTail(paragraphs, head.bodyStart);
  const looksLikeLetter = [head.docNumber, head.title, head.salutationAt >= 0 ? 'salutation' : null].filter(Boolean).length;
  if (looksLikeLetter === 0 || (looksLikeLetter === 1 && !tail)) {
    throw new LetterError('not a reply letter: no document number, addressee salutation, reply title or signing block');
  }
  if (!tail) throw new LetterError('truncated: no signature/date');
  if (!tail.replyingUnit) throw new LetterError('truncated: no signing unit above the date');

  const bodyEnd = Math.min(tail.signatureAt, ...tail.contactAt.filter((i) => i < tail.signatureAt));
  const body = splitBody(paragraphs.slice(head.bodyStart, bodyEnd));
  const opening = body.opening.join('\n');
  const facts = parseProposalFacts([head.title ?? '', opening], head.addresseeRole);
  if (!facts) throw new LetterError('not a reply letter: cannot tell whether it answers a 提案 or a 建议');
  const proposalTitle = findProposalTitle(opening);
  const measures = (items: BlockItem[]) => items.flatMap((it) => (it.kind === 'measure' ? [it.measure] : []));

  const record: LetterRecord = {
    docNumber: head.docNumber,
    signer: head.signer,
    title: head.title,
    ...facts,
    addressees: head.addressees,
    addresseeRole: head.addresseeRole ?? (head.addresseePerson ? (facts.kind === 'proposal' ? '委员' : '代表') : null),
    proposalTitle,
    replyingUnit: tail.replyingUnit,
    date: tail.date,
    category: parseCategory(paragraphs),
    contact: tail.contact,
    cc: tail.cc,
    issuedBy: tail.issuedBy,
    issuedDate: tail.issuedDate,
    sections: body.sections.map((s) => ({
      heading: s.heading,
      anchor: s.anchor,
      measures: measures(s.items).map((m) => ({ lead: m.lead, anchor: m.anchor, terms: measureTerms(m.paragraphs.join('\n')) })),
    })),
    nextSteps: measures(body.nextSteps ?? []).map((m) => ({ lead: m.lead, anchor: m.anchor, terms: measureTerms(m.paragraphs.join('\n')) })),
    terms: letterTerms(paragraphs, proposalTitle),
  };
  const layout: LetterLayout = {
    preamble: paragraphs.slice(0, head.bodyStart),
    opening: body.opening,
    sections: body.sections,
    nextSteps: body.nextSteps,
    tail: tailBlocks(paragraphs, bodyEnd, body.closing.length, tail),
  };
  return { record, layout, paragraphs, removedArtifacts: removed, warnings: warningsFor(record) };
}

/** `您提出的《关于…的提案》收悉` → the title inside the brackets. */
function findProposalTitle(opening: string): string | null {
  const t = opening.replace(/[\s\u3000]+/g, '');
  const bracketed = /[《“]([^》”]{2,80}?(?:提案|建议|议案))[》”]/.exec(t);
  if (bracketed) return bracketed[1];
  return /(关于[^，。,《》“”]{2,60}?的(?:提案|建议|议案))/.exec(t)?.[1] ?? null;
}

function tailBlocks(
  paragraphs: string[],
  bodyEnd: number,
  closingCount: number,
  tail: NonNullable<ReturnType<typeof parseTail>>,
): LetterLayout['tail'] {
  const blocks: LetterLayout['tail'] = [];
  const push = (kind: TailBlockKind, p: string) => {
    const last = blocks.at(-1);
    if (last?.kind === kind) last.paragraphs.push(p);
    else blocks.push({ kind, paragraphs: [p] });
  };
  for (let i = bodyEnd - closingCount; i < bodyEnd; i++) push('closing', paragraphs[i]);
  for (let i = bodyEnd; i < paragraphs.length; i++) {
    const kind: TailBlockKind = tail.contactAt.includes(i) ? 'contact'
      : i >= tail.signatureAt && i <= tail.dateAt ? 'signature'
      : i < tail.signatureAt ? 'closing' : 'distribution';
    push(kind, paragraphs[i]);
  }
  return blocks;
}

function warningsFor(r: LetterRecord): string[] {
  const missing: [unknown, string][] = [
    [r.docNumber, 'no 文号'], [r.signer, 'no 签发人'], [r.title, 'no title line'], [r.session, 'no session (届次)'],
    [r.number, 'no proposal/suggestion number'], [r.addressees.length, 'no addressee'],
    [r.proposalTitle, 'no proposal/suggestion title'], [r.contact, 'no contact'],
  ];
  return missing.filter(([v]) => !v).map(([, w]) => w);
}

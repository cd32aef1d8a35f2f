/**
 * A letter's text → its record and its layout (the blocks the MDX body is written from), or a
 * LetterError saying why it is not an archivable reply letter. The parser reads the parse view
 * of each paragraph (parse-view.ts); the layout and the record's text keep the printed
 * characters. Pure.
 */
import { LetterError } from './letter-error.ts';
import { repairText } from './repair-text.ts';
import { parseHead, parseProposalFacts } from './parse-head.ts';
import { parseCategory, type Tail } from './parse-tail.ts';
import { tailWithDate } from './supplied-date.ts';
import { refuseWithoutDate } from './letter-dates.ts';
import { splitBody } from './split-body.ts';
import { letterTerms } from './extract-terms.ts';
import { notAReplyLetter } from './letter-genre.ts';
import { isNotContent, parseDisclosure } from './not-content.ts';
import { asPrinted, viewOf } from './parse-view.ts';
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

export interface ParseOptions {
  /** The signing date (ISO) the editor supplied (`corrections.date`): used only where the letter's own cannot be read. */
  date?: string;
}

const REPLY_WORDS = /(答复如下|收悉|现答复|现将.{0,12}答复|协办意见如下|会办意见如下|办理情况.{0,6}如下)/;

/** Parses a decoded letter; throws LetterError for input that is not an archivable reply letter. */
export function parseLetter(text: string, options: ParseOptions = {}): ParsedLetter {
  const { paragraphs, removed } = repairText(text);
  if (paragraphs.length === 0) throw new LetterError('empty input: file has no content');
  const views = paragraphs.map(viewOf);
  const texts = views.map((v) => v.text);
  const printed = (s: string) => asPrinted(s, views);
  const head = parseHead(texts);
  const { tail, warning: dateWarning } = tailWithDate(texts, head.bodyStart, options.date);
  const replyLike = !!head.title || REPLY_WORDS.test(texts.slice(head.bodyStart, head.bodyStart + 4).join(''));
  const genre = notAReplyLetter(texts, replyLike);
  // A news article with none of a letter's parts is refused for lacking them, as any other text.
  if (genre && genre.what !== 'news') throw new LetterError(genre.reason);
  const looksLikeLetter = [head.docNumber, head.title, head.salutationAt >= 0 ? 'salutation' : null].filter(Boolean).length;
  if (looksLikeLetter === 0 || (looksLikeLetter === 1 && !tail)) {
    throw new LetterError('not a reply letter: no document number, addressee salutation, reply title or signing block');
  }
  if (genre) throw new LetterError(genre.reason);
  if (!tail) refuseWithoutDate(texts, head.bodyStart);
  const warnings: string[] = [];
  const replyingUnit = tail.replyingUnit ?? letterhead(texts, head.bodyStart);
  if (!replyingUnit) throw new LetterError('truncated: no signing unit above the date');
  if (!tail.replyingUnit) warnings.push('signing unit not printed above the date: read from the letterhead');
  if (dateWarning) warnings.push('date not read from the letter: given by the editor in corrections.date');

  let bodyEnd = Math.min(tail.signatureAt, ...tail.contactAt.filter((i) => i < tail.signatureAt));
  // 附件, 公开属性 and the like between the last paragraph and the signature are no part of the body.
  while (bodyEnd > head.bodyStart + 1 && isNotContent(texts[bodyEnd - 1])) bodyEnd--;
  // `附件：` and the list of attachments below it.
  const attachments = texts.findIndex(
    (p, i) =>
      i > head.bodyStart && i < bodyEnd && /^附件/.test(p) && texts.slice(i + 1, bodyEnd).every((q) => q.length <= 60 && !/。$/.test(q)),
  );
  if (attachments > 0) bodyEnd = attachments;
  const body = splitBody(views.slice(head.bodyStart, bodyEnd));
  const opening = texts.slice(head.bodyStart, head.bodyStart + body.opening.length).join('\n');
  // Without a title line in a known form, the head lines say what the title would.
  const facts = parseProposalFacts([head.title ?? texts.slice(0, head.bodyStart).join('\n'), opening], head.addresseeRole);
  if (!facts) throw new LetterError('not a reply letter: cannot tell whether it answers a 提案 or a 建议');
  const proposalTitle = findProposalTitle(opening);
  const measures = (items: BlockItem[]) => items.flatMap((it) => (it.kind === 'measure' ? [it.measure] : []));
  const nullable = (s: string | null) => (s === null ? null : printed(s));

  const record: LetterRecord = {
    docNumber: nullable(head.docNumber),
    signer: nullable(head.signer),
    title: nullable(head.title),
    ...facts,
    addressees: head.addressees.map(printed),
    addresseeRole: head.addresseeRole ?? (head.addresseePerson ? (facts.kind === 'proposal' ? '委员' : '代表') : null),
    proposalTitle: nullable(proposalTitle),
    replyingUnit: printed(replyingUnit),
    date: tail.date,
    category: parseCategory(texts),
    contact: tail.contact && { name: nullable(tail.contact.name), phone: tail.contact.phone },
    cc: tail.cc.map(printed),
    issuedBy: nullable(tail.issuedBy),
    issuedDate: tail.issuedDate,
    sections: body.sections.map((s) => ({
      heading: s.heading,
      anchor: s.anchor,
      measures: measures(s.items).map((m) => ({ lead: m.lead, anchor: m.anchor, terms: measureTerms(m.paragraphs.join('\n')) })),
    })),
    nextSteps: measures(body.nextSteps ?? []).map((m) => ({
      lead: m.lead,
      anchor: m.anchor,
      terms: measureTerms(m.paragraphs.join('\n')),
    })),
    terms: letterTerms(paragraphs, proposalTitle === null ? null : printed(proposalTitle)),
    disclosure: parseDisclosure(texts),
  };
  const layout: LetterLayout = {
    preamble: paragraphs.slice(0, head.bodyStart),
    opening: body.opening,
    sections: body.sections,
    nextSteps: body.nextSteps,
    tail: tailBlocks(paragraphs, bodyEnd, body.closing.length, tail),
  };
  return { record, layout, paragraphs, removedArtifacts: removed, warnings: [...warnings, ...warningsFor(record)] };
}

/** `您提出的《关于…的提案》收悉` → the title inside the brackets; unbracketed, the text before 收悉. */
function findProposalTitle(opening: string): string | null {
  const t = opening.replace(/\s+/g, '');
  const bracketed = /[《“"]([^》”"]{2,80}?(?:提案|建议|议案))[》”"]/.exec(t);
  if (bracketed) return bracketed[1];
  return (
    /(关于[^,。《》“”]{2,60}?的(?:提案|建议|议案))/.exec(t)?.[1] ??
    /您(?:们)?(?:提出|领衔提出)的([^,。]{4,60}?)(?:\(第?\d+号\))?收悉/.exec(t)?.[1] ??
    null
  );
}

/** The letterhead: the first head line that is a unit's name. */
function letterhead(texts: string[], bodyStart: number): string | null {
  // `某县人民政府文件`: the red letterhead names the unit before 文件.
  const units = texts.slice(0, bodyStart).map((p) => p.replace(/\s+/g, '').replace(/文件$/, ''));
  return units.find((p) => p.length <= 30 && !/[。,:;\d]/.test(p) && /(局|委|府|院|会|室|厅|部|中心|办)$/.test(p)) ?? null;
}

function tailBlocks(paragraphs: string[], bodyEnd: number, closingCount: number, tail: Tail): LetterLayout['tail'] {
  const blocks: LetterLayout['tail'] = [];
  const push = (kind: TailBlockKind, p: string) => {
    const last = blocks.at(-1);
    if (last?.kind === kind) last.paragraphs.push(p);
    else blocks.push({ kind, paragraphs: [p] });
  };
  for (let i = bodyEnd - closingCount; i < bodyEnd; i++) push('closing', paragraphs[i]);
  for (let i = bodyEnd; i < paragraphs.length; i++) {
    const kind: TailBlockKind = tail.contactAt.includes(i)
      ? 'contact'
      : i >= tail.signatureAt && i <= tail.dateAt
        ? 'signature'
        : i < tail.signatureAt
          ? 'closing'
          : 'distribution';
    push(kind, paragraphs[i]);
  }
  return blocks;
}

function warningsFor(r: LetterRecord): string[] {
  const missing: [unknown, string][] = [
    [r.docNumber, 'no 文号'],
    [r.signer, 'no 签发人'],
    [r.title, 'no title line'],
    [r.session, 'no session (届次)'],
    [r.number, 'no proposal/suggestion number'],
    [r.addressees.length, 'no addressee'],
    [r.proposalTitle, 'no proposal/suggestion title'],
    [r.contact, 'no contact'],
  ];
  return missing.filter(([v]) => !v).map(([, w]) => w);
}

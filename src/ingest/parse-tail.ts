/**
 * The tail of a letter: signature and date, contact, 抄送/抄报, the 印发 line. Reads the parse
 * views of the paragraphs. Pure.
 */
import { DATE, ISSUED, NUMERIC_DATE, isDateOnly } from './letter-patterns.ts';
import { toIsoDate } from './letter-dates.ts';
import { CONTACT_LINE, parseContact } from './letter-contact.ts';
import { isNotContent } from './not-content.ts';
import type { LetterRecord } from '../record/record-schema.ts';

export { parseContact };
export { parseCategory } from './letter-category.ts';

export interface Tail {
  /** Index of the signature paragraph (the replying unit), or of the date when they share a line. */
  signatureAt: number;
  /** Index of the date paragraph. */
  dateAt: number;
  /** The signing unit, or null when no unit stands above the date. */
  replyingUnit: string | null;
  date: string;
  contact: LetterRecord['contact'];
  contactAt: number[];
  cc: string[];
  issuedBy: string | null;
  issuedDate: string | null;
}

const SIGNED_ON_ONE_LINE = new RegExp(`^(.{2,60}?) ?(${DATE.source}|${NUMERIC_DATE.source})$`);
const CC = /^抄\s?[送报]\s?:\s?(.*)$/;
/** `（代章）`, `（盖章）` after a signing unit. */
const SEAL = /\s?[(（](?:代章|盖章|印章|公章)[)）]$/;

/** Reads the tail; null when the letter has no signing date after `from`. */
export function parseTail(paragraphs: string[], from: number): Tail | null {
  let dateAt = -1;
  for (let i = paragraphs.length - 1; i >= from; i--) {
    const p = paragraphs[i];
    if (ISSUED.test(p)) continue;
    if (isDateOnly(p) || (SIGNED_ON_ONE_LINE.test(p) && !/[。,]/.test(p) && !CC.test(p) && !CONTACT_LINE.test(p))) {
      dateAt = i;
      break;
    }
  }
  if (dateAt < 0) return null;
  const own = SIGNED_ON_ONE_LINE.exec(paragraphs[dateAt]);
  let signatureAt = own ? dateAt : dateAt - 1;
  // Lines between the signature and the date that are not a unit: a seal note, 公开属性.
  while (!own && signatureAt > from && isNotContent(paragraphs[signatureAt])) signatureAt--;
  const date = toIsoDate(own ? own[2] : paragraphs[dateAt]);
  const replyingUnit = signingUnit(paragraphs, signatureAt, own ? own[1] : null, from);
  if (replyingUnit?.block) signatureAt = replyingUnit.block;

  const contactAt: number[] = [];
  const cc: string[] = [];
  let issuedBy: string | null = null;
  let issuedDate: string | null = null;
  for (let i = from; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (CONTACT_LINE.test(p) && p.length <= 120) contactAt.push(i);
    if (i <= dateAt) continue;
    const cm = CC.exec(p);
    const im = ISSUED.exec(p);
    if (cm) cc.push(...splitUnits(cm[1]), ...ccContinuation(paragraphs, i));
    if (im) {
      issuedDate = toIsoDate(im[2]);
      const before =
        im[1].trim() || (i - 1 > dateAt && !CC.test(paragraphs[i - 1]) && !isNotContent(paragraphs[i - 1]) ? paragraphs[i - 1] : '');
      issuedBy = before.replace(/\s+/g, '') || null;
    }
  }
  return {
    signatureAt,
    dateAt,
    replyingUnit: replyingUnit?.unit ?? null,
    date,
    contact: parseContact(contactAt.map((i) => paragraphs[i]).join('\n')),
    contactAt,
    cc,
    issuedBy,
    issuedDate,
  };
}

/**
 * The unit that signs: the line above the date (or before the date on its line). Signed jointly
 * (`市教育局　市财政局`, or one unit a line), the first unit; `block` is where the units start.
 */
function signingUnit(paragraphs: string[], at: number, sameLine: string | null, from: number): { unit: string; block?: number } | null {
  const isUnit = (p: string | undefined) =>
    !!p && p.length <= 60 && !/[。,;:!?]/.test(p) && !CONTACT_LINE.test(p) && !isNotContent(p) && !isDateOnly(p);
  const line = sameLine ?? paragraphs[at];
  if (!isUnit(line)) return null;
  let block = at;
  // Units printed one a line above the one next to the date; a short line each, no 关于.
  while (
    !sameLine &&
    block - 1 > from &&
    isUnit(paragraphs[block - 1]) &&
    paragraphs[block - 1].length <= 30 &&
    /(局|委|办|府|院|会|室|厅|部|中心|公司|集团|政府|委员会|办公室)$/.test(paragraphs[block - 1].replace(SEAL, ''))
  )
    block--;
  const first = sameLine ?? paragraphs[block];
  const unit = first.replace(SEAL, '').trim().split(/ |、/)[0];
  return unit ? { unit, block: block !== at ? block : undefined } : null;
}

/** The units of a 抄送 list that runs on past its line, up to the line that ends it with 。. */
function ccContinuation(paragraphs: string[], at: number): string[] {
  const units: string[] = [];
  for (let i = at; !/[。.]$/.test(paragraphs[i]) && i + 1 < paragraphs.length; i++) {
    const next = paragraphs[i + 1];
    const issuedNext = ISSUED.exec(paragraphs[i + 2] ?? '');
    // The line above a bare `…印发` date is the printing office, not a unit copied in.
    if (
      CC.test(next) ||
      ISSUED.test(next) ||
      CONTACT_LINE.test(next) ||
      isDateOnly(next) ||
      isNotContent(next) ||
      (issuedNext && !issuedNext[1].trim())
    )
      break;
    units.push(...splitUnits(next));
  }
  return units;
}

function splitUnits(list: string): string[] {
  return list
    .replace(/[。.]$/, '')
    .split(/[,、;]/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter(Boolean);
}

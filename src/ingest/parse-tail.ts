/**
 * The tail of a letter: signature and date, contact, 抄送/抄报, the 印发 line, and the 答复类别
 * wherever it is printed. Pure.
 */
import { DATE, DOC_NUMBER, ISSUED, isDateOnly } from './letter-patterns.ts';
import { toIsoDate } from './letter-dates.ts';
import type { LetterRecord } from '../record/record-schema.ts';

export interface Tail {
  /** Index of the signature paragraph (the replying unit), or of the date when they share a line. */
  signatureAt: number;
  /** Index of the date paragraph. */
  dateAt: number;
  replyingUnit: string;
  date: string;
  contact: LetterRecord['contact'];
  contactAt: number[];
  cc: string[];
  issuedBy: string | null;
  issuedDate: string | null;
  /** Paragraphs after the date that hold 抄送, 印发 and the like. */
  distributionAt: number[];
}

const SIGNED_ON_ONE_LINE = new RegExp(`^(.{2,40}?)[\\s\\u3000]+(${DATE.source})$`);
const CC = /^抄[\s\u3000]*[送报][\s\u3000]*[：:][\s\u3000]*(.*)$/;
const CONTACT_LINE = /^[（(]?[\s\u3000]*(联[\s\u3000]*系|经[\s\u3000]*办[\s\u3000]*人)/;

/** Reads the tail; null when the letter has no signing date after `from`. */
export function parseTail(paragraphs: string[], from: number): Tail | null {
  let dateAt = -1;
  for (let i = paragraphs.length - 1; i >= from; i--) {
    const p = paragraphs[i];
    if (ISSUED.test(p)) continue;
    if (isDateOnly(p) || (SIGNED_ON_ONE_LINE.test(p) && !/[。，,]/.test(p))) {
      dateAt = i;
      break;
    }
  }
  if (dateAt < 0) return null;
  const own = SIGNED_ON_ONE_LINE.exec(paragraphs[dateAt]);
  const signatureAt = own ? dateAt : dateAt - 1;
  const replyingUnit = (own ? own[1] : paragraphs[signatureAt] ?? '').replace(/[\s\u3000]+/g, '');
  const date = toIsoDate(own ? own[2] : paragraphs[dateAt]);

  const contactAt: number[] = [];
  const distributionAt: number[] = [];
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
      const before = im[1].trim() || (i - 1 > dateAt && !CC.test(paragraphs[i - 1]) ? paragraphs[i - 1] : '');
      issuedBy = before.replace(/[\s\u3000]+/g, '') || null;
    }
    if (!CONTACT_LINE.test(p)) distributionAt.push(i);
  }
  return {
    signatureAt, dateAt, replyingUnit, date,
    contact: parseContact(contactAt.map((i) => paragraphs[i]).join('\n')),
    contactAt, cc, issuedBy, issuedDate, distributionAt,
  };
}

/** The units of a 抄送 list that runs on past its line, up to the line that ends it with 。. */
function ccContinuation(paragraphs: string[], at: number): string[] {
  const units: string[] = [];
  for (let i = at; !/[。.]$/.test(paragraphs[i]) && i + 1 < paragraphs.length; i++) {
    const next = paragraphs[i + 1];
    const issuedNext = ISSUED.exec(paragraphs[i + 2] ?? '');
    // The line above a bare `…印发` date is the printing office, not a unit copied in.
    if (CC.test(next) || ISSUED.test(next) || CONTACT_LINE.test(next) || isDateOnly(next) || (issuedNext && !issuedNext[1].trim())) break;
    units.push(...splitUnits(next));
  }
  return units;
}

function splitUnits(list: string): string[] {
  return list.replace(/[。.]$/, '').split(/[，,、；;]/).map((s) => s.replace(/[\s\u3000]+/g, '')).filter(Boolean);
}

/** `(联系人:苏浩;联系电话:0477-8586566)` or a 联 系 人 / 联系电话 block → contact. */
export function parseContact(text: string): LetterRecord['contact'] {
  if (!text) return null;
  const name = /(?:联[\s\u3000]*系[\s\u3000]*人|经[\s\u3000]*办[\s\u3000]*人)(?:及(?:联系)?电话)?[\s\u3000]*[：:][\s\u3000]*([\u4e00-\u9fa5·]{2,5}?)(?=[\s\u3000;；，,)）:：\d]|$)/.exec(text)?.[1] ?? null;
  const labelled = /电[\s\u3000]*话[\s\u3000]*[：:][\s\u3000]*([\d\-－—()（）\s]*\d)/.exec(text)?.[1];
  // A number after the name without its own label: `联系人及电话：张三 0477-1234567`.
  const bare = /(?:\d{3,4}[-－—]?\d{7,8}|1\d{10})/.exec(text)?.[0];
  const phone = (labelled ?? bare)?.replace(/[\s\u3000]+/g, '') ?? null;
  return name || phone ? { name, phone } : null;
}

const CATEGORY_LINE = /^[（(【\[]?[\s\u3000]*([A-DＡ-Ｄ甲乙丙丁])[\s\u3000]*类[\s\u3000]*[）)】\]]?$/;
const CATEGORY_FIELD = /(?:答复|办理)(?:类别|类型)[\s\u3000]*[：:][\s\u3000]*([A-DＡ-Ｄ甲乙丙丁])/;
const AFTER_DOC_NUMBER = /^[\s\u3000]*[（(]?[\s\u3000]*([A-DＡ-Ｄ甲乙丙丁])[\s\u3000]*类[\s\u3000]*[）)]?[\s\u3000]*$/;
const CATEGORY_LETTER: Record<string, 'A' | 'B' | 'C' | 'D'> = {
  A: 'A', B: 'B', C: 'C', D: 'D', Ａ: 'A', Ｂ: 'B', Ｃ: 'C', Ｄ: 'D', 甲: 'A', 乙: 'B', 丙: 'C', 丁: 'D',
};

/** 答复类别 from `(A类)` after the 文号, `答复类别：B类`, a `（甲类）` line, wherever printed. */
export function parseCategory(paragraphs: string[]): LetterRecord['category'] {
  for (const p of paragraphs) {
    const doc = DOC_NUMBER.exec(p);
    const m = (doc && doc.index === 0 ? AFTER_DOC_NUMBER.exec(p.slice(doc[0].length)) : null)
      ?? CATEGORY_LINE.exec(p) ?? (p.length <= 40 ? CATEGORY_FIELD.exec(p) : null);
    if (m) return CATEGORY_LETTER[m[1]];
  }
  return null;
}

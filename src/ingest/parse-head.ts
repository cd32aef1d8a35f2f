/**
 * The head of a letter: letterhead, 文号, 签发人, the title line and the salutation. Reads the
 * parse views of the paragraphs; values come back in the view's form (parse-letter.ts restores
 * the printed characters). Pure.
 */
import { DOC_NUMBER, isTitleLine } from './letter-patterns.ts';

export { parseProposalFacts, type ProposalFacts } from './proposal-facts.ts';

export interface Head {
  docNumber: string | null;
  signer: string | null;
  title: string | null;
  /** Index of the salutation paragraph, or -1. */
  salutationAt: number;
  addressees: string[];
  addresseeRole: '委员' | '代表' | null;
  /** The salutation names people without saying 委员 or 代表 (`王明同志`). */
  addresseePerson: boolean;
  /** Index of the first paragraph after the head. */
  bodyStart: number;
}

const HEAD_WINDOW = 16;
const SIGNER = /签发人\s?:\s?([^\s,;]+(?:[\s、,]+[^\s,;、]{2,4})*)$/;
/** A 文号 anywhere on a head line: after a 签发人 or a gap (`签发人：罗文斌  政提字[2026]7号`). */
const DOC_ANYWHERE = new RegExp(`(?:^|\\s)(${DOC_NUMBER.source.slice(1)})`);
const GREETING = /:\s?(您好|你好|你们好|大家好)[!。]?$/;
/** `王明委员：您提出的…收悉` — the salutation and the opening on one line. */
const INLINE_SALUTATION = /^((?:尊敬的)?[^,。:;]{2,40}?(?:委员|代表|同志|先生|女士|委员会|工商联|界别)):(?!$)/;
const NOT_SALUTATION = /^(签|抄|联|答复类别|办理类别|公开|主办|协办|会办|附件|主题词|(?:\(|（)?[A-D甲乙丙丁]类)/;

/** Reads the head from the first paragraphs (parse views) of the letter. */
export function parseHead(paragraphs: string[]): Head {
  const window = paragraphs.slice(0, HEAD_WINDOW);
  const docAt = window.findIndex((p) => DOC_ANYWHERE.test(p));
  const titleAt = window.findIndex(isTitleLine);
  const signerLine = window.map((p) => SIGNER.exec(p)).find(Boolean);
  const from = Math.max(titleAt, docAt, 0);
  let salutationAt = -1;
  let inline = false;
  for (let i = from; i < Math.min(paragraphs.length, from + 6); i++) {
    inline = !isSalutation(paragraphs[i]) && INLINE_SALUTATION.test(paragraphs[i]);
    if (isSalutation(paragraphs[i]) || inline) {
      salutationAt = i;
      break;
    }
  }
  const salutation = salutationAt < 0 ? '' : inline ? INLINE_SALUTATION.exec(paragraphs[salutationAt])![1] + ':' : paragraphs[salutationAt];
  // `您好！` on a line of its own below the salutation.
  const greeting = salutationAt >= 0 && /^(您好|你好|你们好|大家好)[!。]?$/.test(paragraphs[salutationAt + 1] ?? '') ? 1 : 0;
  const { addressees, role, person } = salutation ? parseSalutation(salutation) : { addressees: [], role: null, person: false };
  return {
    docNumber: docAt >= 0 ? DOC_ANYWHERE.exec(window[docAt])![1].replace(/\s+/g, '') : null,
    signer: signerLine ? signerLine[1].replace(/\s+/g, '') : null,
    title: titleAt >= 0 ? window[titleAt].replace(/\s+/g, '') : null,
    salutationAt,
    addressees,
    addresseeRole: role,
    addresseePerson: person,
    // A salutation that the opening follows on its line stays with the opening.
    bodyStart: Math.max(salutationAt + greeting - (inline ? 1 : 0), titleAt, docAt) + 1,
  };
}

/** `王明委员：`, `尊敬的…代表：您好！`, `民盟某市委员会：`; not a labelled field. */
export function isSalutation(p: string): boolean {
  const t = p.replace(GREETING, ':');
  return /:$/.test(t) && t.length <= 80 && !/[。,]/.test(t) && !NOT_SALUTATION.test(t) && !isTitleLine(t.slice(0, -1));
}

/** `尊敬的郑海波、许丽华代表：` → names and role; an organisation has role null. Reads a parse view. */
export function parseSalutation(line: string): { addressees: string[]; role: '委员' | '代表' | null; person: boolean } {
  let t = line
    .replace(GREETING, ':')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[：:]$/, '')
    .replace(/^尊敬的/, '');
  const role = /委员$/.test(t) ? '委员' : /代表$/.test(t) ? '代表' : null;
  // `王明同志`, `李华女士`: a person whose role the kind of item tells (提案 → 委员, 建议 → 代表).
  const person = !role && /(同志|先生|女士)$/.test(t);
  if (role || person) t = t.slice(0, -2).replace(/等[\d０-９]+[位名人]$|等[一二三四五六七八九十]+[位名人]$/, '');
  const addressees = (role || person ? t.split(/[、，,;；]/) : [t]).map((s) => s.trim()).filter(Boolean);
  return { addressees, role, person };
}

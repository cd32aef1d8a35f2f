/**
 * The head of a letter: letterhead, 文号, 签发人, 答复类别, the title line and the salutation,
 * and what the title says of the proposal (assembly, session, number, kind). Pure.
 */
import { parseCount, toChineseCount } from './chinese-numerals.ts';
import { DOC_NUMBER, isTitleLine } from './letter-patterns.ts';
import type { LetterRecord } from '../record/record-schema.ts';

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
const SIGNER = /签[\s\u3000]*发[\s\u3000]*人[\s\u3000]*[：:][\s\u3000]*([^\s\u3000，,；;]+(?:[\s\u3000、，,]+[^\s\u3000，,；;、]{2,4})*)$/;

/** Reads the head from the first paragraphs of the letter. */
export function parseHead(paragraphs: string[]): Head {
  const window = paragraphs.slice(0, HEAD_WINDOW);
  const docAt = window.findIndex((p) => DOC_NUMBER.test(p));
  const titleAt = window.findIndex(isTitleLine);
  const signerLine = window.map((p) => SIGNER.exec(p)).find(Boolean);
  const from = Math.max(titleAt, docAt, 0);
  let salutationAt = -1;
  for (let i = from; i < Math.min(paragraphs.length, from + 4); i++) {
    if (isSalutation(paragraphs[i])) {
      salutationAt = i;
      break;
    }
  }
  const { addressees, role, person } = salutationAt >= 0 ? parseSalutation(paragraphs[salutationAt]) : { addressees: [], role: null, person: false };
  return {
    docNumber: docAt >= 0 ? DOC_NUMBER.exec(window[docAt])![0].replace(/[\s\u3000]+/g, '') : null,
    signer: signerLine ? signerLine[1].replace(/[\s\u3000]+/g, '') : null,
    title: titleAt >= 0 ? window[titleAt].replace(/[\s\u3000]+/g, '') : null,
    salutationAt,
    addressees,
    addresseeRole: role,
    addresseePerson: person,
    bodyStart: Math.max(salutationAt, titleAt, docAt) + 1,
  };
}

function isSalutation(p: string): boolean {
  return /[：:]$/.test(p) && p.length <= 80 && !/[。，,]/.test(p) && !/^(签|抄|联|答复类别)/.test(p);
}

/** `尊敬的郑海波、许丽华代表：` → names and role; an organisation has role null. */
export function parseSalutation(line: string): { addressees: string[]; role: '委员' | '代表' | null; person: boolean } {
  let t = line.replace(/[\s\u3000]+/g, '').replace(/[：:]$/, '').replace(/^尊敬的/, '');
  const role = /委员$/.test(t) ? '委员' : /代表$/.test(t) ? '代表' : null;
  // `王明同志`, `李华女士`: a person whose role the kind of item tells (提案 → 委员, 建议 → 代表).
  const person = !role && /(同志|先生|女士)$/.test(t);
  if (role || person) t = t.slice(0, -2).replace(/等\d+[位名人]$|等[一二三四五六七八九十]+[位名人]$/, '');
  const addressees = (role || person ? t.split(/[、，,;；]/) : [t]).map((s) => s.trim()).filter(Boolean);
  return { addressees, role, person };
}

export type ProposalFacts = Pick<LetterRecord, 'kind' | 'assembly' | 'session' | 'number'>;

const BODY = '(政协|人大|人民代表大会|政治协商会议)';
const LEVEL = '([省市县区州盟旗]?)';
const COUNT = '([一二三四五六七八九十\\d]{1,4})';
const SESSION_FORMS = [
  new RegExp(`${LEVEL}${BODY}(?:第)?${COUNT}届(?:第)?${COUNT}次(?:全体)?会议`),
  new RegExp(`${LEVEL}(?:第)?${COUNT}届${BODY}(?:第)?${COUNT}次(?:全体)?会议`),
  // 政协第十四届鄂尔多斯市委员会第三次会议: the level is the place's last character.
  new RegExp(`(政协)(?:第)?${COUNT}届[^，。]{0,14}?([省市县区州盟旗])委员会(?:第)?${COUNT}次(?:全体)?会议`),
];

/** What the title (or, failing it, the opening) says of the item answered. */
export function parseProposalFacts(texts: string[], role: '委员' | '代表' | null): ProposalFacts | null {
  let session: ProposalFacts['session'] = null;
  let assembly: string | null = null;
  for (const raw of texts) {
    const t = raw.replace(/[\s\u3000]+/g, '');
    for (const [k, re] of SESSION_FORMS.entries()) {
      const m = re.exec(t);
      if (!m) continue;
      const [level, body, term, meeting] =
        k === 0 ? [m[1], m[2], m[3], m[4]] : k === 1 ? [m[1], m[3], m[2], m[4]] : [m[3], m[1], m[2], m[4]];
      const termN = parseCount(term);
      const meetingN = parseCount(meeting);
      if (termN && meetingN) {
        session = { term: termN, meeting: meetingN, label: `${toChineseCount(termN)}届${toChineseCount(meetingN)}次会议` };
        assembly = level + shortBody(body);
        break;
      }
    }
    if (session) break;
  }
  const joined = texts.join('\n').replace(/[\s\u3000]+/g, '');
  const num = /第(\d{1,5})号(提案|建议|议案)?/.exec(joined);
  assembly ??= /([省市县区州盟旗]?)(政协|人大)/.exec(joined)?.slice(1, 3).join('') ?? null;
  const kindWord = num?.[2] ?? /(提案|建议)/.exec(texts[0] ?? '')?.[1];
  const kind =
    kindWord === '提案' ? 'proposal'
    : kindWord === '建议' || kindWord === '议案' ? 'suggestion'
    : assembly?.includes('政协') || role === '委员' ? 'proposal'
    : assembly?.includes('人大') || role === '代表' ? 'suggestion'
    : null;
  if (!kind) return null;
  return { kind, assembly: assembly ?? (kind === 'proposal' ? '政协' : '人大'), session, number: num?.[1] ?? null };
}

function shortBody(body: string): string {
  return body === '人民代表大会' ? '人大' : body === '政治协商会议' ? '政协' : body;
}

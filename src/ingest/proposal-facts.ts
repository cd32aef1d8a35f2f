/**
 * What a title (or, failing it, the opening) says of the item answered: the assembly it was
 * raised in, the session, its number and whether it is a 提案 or a 建议. Reads parse views. Pure.
 */
import { parseCount, toChineseCount } from './chinese-numerals.ts';
import type { LetterRecord } from '../record/record-schema.ts';

export type ProposalFacts = Pick<LetterRecord, 'kind' | 'assembly' | 'session' | 'number'>;

const BODY = '(政协|人大|人民代表大会|政治协商会议)';
const LEVEL = '(全国|[省市县区州盟旗]?)';
const PLACE_LEVEL = '(全国|[省市县区州盟旗])';
const COUNT = '([一二三四五六七八九十\\d]{1,4})';
const MEETING = `第?${COUNT}次(?:全体)?会议`;

/** Each form with the order its groups come in: level, body, term, meeting. */
const SESSION_FORMS: [RegExp, [number, number, number, number]][] = [
  // 市政协五届四次会议, 全国政协十四届三次会议
  [new RegExp(`${LEVEL}${BODY}第?${COUNT}届${MEETING}`), [1, 2, 3, 4]],
  // 市十三届人大三次会议, 十四届全国人大二次会议, 市第十五届人民代表大会第三次会议
  [new RegExp(`${LEVEL}第?${COUNT}届${LEVEL}${BODY}${MEETING}`), [0, 4, 2, 5]],
  // 政协第十四届鄂尔多斯市委员会第三次会议, 政协十四届全国委员会第三次会议: the level is the place's last character.
  [new RegExp(`(政协)第?${COUNT}届[^,。]{0,14}?${PLACE_LEVEL}委员会${MEETING}`), [3, 1, 2, 4]],
  // 政协鄂尔多斯市第五届委员会第四次会议
  [new RegExp(`(政协)[^,。]{0,14}?${PLACE_LEVEL}第?${COUNT}届委员会${MEETING}`), [2, 1, 3, 4]],
];

/** The session and assembly a text names, or null. */
export function parseSession(text: string): { assembly: string; session: NonNullable<ProposalFacts['session']> } | null {
  for (const [re, order] of SESSION_FORMS) {
    const m = re.exec(text);
    if (!m) continue;
    const [levelAt, bodyAt, termAt, meetingAt] = order;
    // Forms with a level before and after the 届: the one printed (全国 in 十四届全国人大).
    const level = levelAt === 0 ? m[bodyAt - 1] || m[1] || '' : (m[levelAt] ?? '');
    const term = parseCount(m[termAt]);
    const meeting = parseCount(m[meetingAt]);
    if (!term || !meeting) continue;
    return {
      assembly: level + shortBody(m[bodyAt]),
      session: { term, meeting, label: `${toChineseCount(term)}届${toChineseCount(meeting)}次会议` },
    };
  }
  return null;
}

/** What the texts (title first, then the opening; parse views) say of the item answered. */
export function parseProposalFacts(texts: string[], role: '委员' | '代表' | null): ProposalFacts | null {
  const compact = texts.map((t) => t.replace(/\s+/g, ''));
  let found: ReturnType<typeof parseSession> = null;
  for (const t of compact) if ((found = parseSession(t))) break;
  const joined = compact.join('\n');
  // `第02315号（经济发展类187号）`: the class number beside it has no 第.
  const num = /第(\d{1,6})号(提案|建议|议案)?/.exec(joined);
  const assembly = found?.assembly ?? /(全国|[省市县区州盟旗]?)(政协|人大)/.exec(joined)?.slice(1, 3).join('') ?? null;
  const kindWord = num?.[2] ?? /(提案|建议)/.exec(compact[0] ?? '')?.[1] ?? /(提案|建议)/.exec(joined)?.[1];
  const kind =
    kindWord === '提案'
      ? 'proposal'
      : kindWord === '建议' || kindWord === '议案'
        ? 'suggestion'
        : assembly?.includes('政协') || role === '委员'
          ? 'proposal'
          : assembly?.includes('人大') || role === '代表'
            ? 'suggestion'
            : null;
  if (!kind) return null;
  return { kind, assembly: assembly ?? (kind === 'proposal' ? '政协' : '人大'), session: found?.session ?? null, number: num?.[1] ?? null };
}

function shortBody(body: string): string {
  return body === '人民代表大会' ? '人大' : body === '政治协商会议' ? '政协' : body;
}

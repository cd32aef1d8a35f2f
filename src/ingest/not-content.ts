/**
 * Lines that are never part of a value: 公开属性/公开方式, `（此件公开发布）`, 附件, 主办单位/协办单位,
 * a seal note, the 答复类别 line; and the disclosure they print. Reads parse views. Pure.
 */
import type { Disclosure } from '../record/record-schema.ts';

const DISCLOSURE_FIELD = /^\(?\s?公开(?:属性|方式|类型)\s?:\s?(主动公开|依申请公开|不予公开|免予公开|不公开)/;
const DISCLOSURE_NOTE = /^[(（【\[]\s?此件(公开发布|主动公开|依申请公开|不予公开|不公开)\s?[)）】\]]$/;
const NOT_CONTENT = [
  DISCLOSURE_FIELD,
  DISCLOSURE_NOTE,
  /^附件\s?\d?\s?:/,
  /^(主办|协办|会办|分办)单位\s?:/,
  /^[(（](代章|盖章|印章|公章|此页无正文)[)）]$/,
  // The 答复类别 field or stamp: read by letter-category.ts, never a unit or a unit's part.
  /^(答复|办理)(类别|类型|结果)\s?:/,
  /^[(【\[]?\s?[A-D甲乙丙丁]\s?类\s?[)】\]]?$/,
];

/** True for a line that the letter prints but that is no part of a value. */
export function isNotContent(line: string): boolean {
  const t = line.trim();
  return NOT_CONTENT.some((re) => re.test(t));
}

const DISCLOSURE: Record<string, NonNullable<Disclosure>> = {
  主动公开: '主动公开',
  公开发布: '主动公开',
  依申请公开: '依申请公开',
  不予公开: '不予公开',
  免予公开: '不予公开',
  不公开: '不予公开',
};

/** The disclosure the letter prints (`公开属性：主动公开`, `（此件公开发布）`), or null. */
export function parseDisclosure(paragraphs: string[]): Disclosure {
  for (const p of paragraphs) {
    const m = DISCLOSURE_FIELD.exec(p.trim()) ?? DISCLOSURE_NOTE.exec(p.trim());
    if (m) return DISCLOSURE[m[1]];
  }
  return null;
}

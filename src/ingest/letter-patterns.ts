/** The printed forms a reply letter's lines take, shared by the repair and the parse. Pure. */

const CN_DIGIT = '〇零○Ｏ一二三四五六七八九十';
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4})`;
const MONTH_DAY = `(?:\\d{1,2}|[${CN_DIGIT}]{1,3})`;

/** A date as printed: `2025年9月3日`, `2025 年 9 月 3 日`, `二〇二五年九月三日`. */
export const DATE = new RegExp(`${YEAR}\\s*年\\s*${MONTH_DAY}\\s*月\\s*${MONTH_DAY}\\s*[日号]`);
const DATE_ONLY = new RegExp(`^${DATE.source}$`);
/** A 印发 line: `2025年9月3日印发`, optionally preceded by the printing office. */
export const ISSUED = new RegExp(`^(.*?)[\\s\\u3000]*(${DATE.source})[\\s\\u3000]*印[\\s\\u3000]*发$`);

/** 文号: `鄂建提复字〔2025〕333号`, `芷政提复〔2024〕 7 号`, brackets of any kind. */
export const DOC_NUMBER = /^[\u4e00-\u9fa5A-Za-z\s\u3000]{1,20}?[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*(?:第\s*)?\d{1,5}\s*号/;

/** 一、 section heading enumerator. */
export const SECTION_HEADING = /^([一二三四五六七八九十]{1,3})[、．.]\s*/;

const ITEM_START = [
  /^[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]/,
  /^\d{1,2}\s*[.．、]\s*(?!\d)/,
  /^[一二三四五六七八九十]{1,3}是/,
  /^第[一二三四五六七八九十]{1,3}[，,、：:]/,
];
const FIELD_LABEL = /^[（(]?\s*(签\s*发\s*人|答复类别|办理类别|联\s*系|抄\s*[送报]|附\s*件|主\s*题\s*词)/;

/** True for a line that is a date and nothing else. */
export function isDateOnly(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}

/** True for a line that starts an enumerated item: （一）, 1., 一是, 第一，. */
export function isItemStart(line: string): boolean {
  return ITEM_START.some((re) => re.test(line));
}

/** True for a line that starts a block of its own: a heading, an item, a labelled field, a date. */
export function isBlockStart(line: string): boolean {
  return SECTION_HEADING.test(line) || isItemStart(line) || FIELD_LABEL.test(line) || isDateOnly(line) || /^(下一步|今后)/.test(line);
}

/** True for the title line: `…关于市政协五届四次会议第0361号提案的答复函`. */
export function isTitleLine(line: string): boolean {
  const t = line.replace(/[\s\u3000]+/g, '');
  return (
    t.length <= 120 &&
    /(提案|建议|议案)/.test(t) &&
    /(关于|第\d+号)/.test(t) &&
    /(答复|答复函|复函|的函|答复意见|办理意见|办理情况)$/.test(t) &&
    !/[，,。：:；;]/.test(t)
  );
}

/**
 * The printed forms a reply letter's lines take, shared by the repair and the parse. Every
 * pattern here matches the parse view of a line (parse-view.ts): half-width, spaced-out layouts
 * closed up. Pure.
 */

const CN_DIGIT = '〇零○O0一二三四五六七八九十';
const YEAR = `(?:\\d{4}|[${CN_DIGIT}]{4})`;
const MONTH_DAY = `(?:\\d{1,2}|[${CN_DIGIT}]{1,3})`;

/** A date as printed: `2025年9月3日`, `二〇二五年九月三日`, `2024年07月15日` (in the view). */
export const DATE = new RegExp(`${YEAR} ?年 ?${MONTH_DAY} ?月 ?${MONTH_DAY} ?[日号]`);
/** A date in figures only, `2025.9.3`, `2025-09-03`, `2025/9/3`: read on a line of its own. */
export const NUMERIC_DATE = /(?:19|20)\d{2}[.\-/](?:0?[1-9]|1[0-2])[.\-/](?:0?[1-9]|[12]\d|3[01])/;
const DATE_ONLY = new RegExp(`^(?:${DATE.source}|${NUMERIC_DATE.source})$`);
/** A 印发 line: `2025年9月3日印发`, optionally preceded by the printing office. */
export const ISSUED = new RegExp(`^(.*?) ?(${DATE.source}) ?印发$`);

const BRACKETS = '[〔\\[【(［]\\s*(?:19|20)\\d{2}\\s*[〕\\]】)］]';
/**
 * 文号: `鄂建提复字〔2025〕333号`, any bracket around the year (`〔〕 [] 【】 ()`), a serial
 * with letters or a hyphen (`A037号`, `17-2号`), `第` before the serial.
 */
export const DOC_NUMBER = new RegExp(`^[\\u4e00-\\u9fa5A-Za-z]{1,20}?${BRACKETS}(?:第)?[A-Za-z]{0,2}\\d{1,5}(?:-\\d{1,3})?号`);

/** 一、 section heading enumerator. */
export const SECTION_HEADING = /^([一二三四五六七八九十]{1,3})[、.]\s*/;

const ITEM_START = [
  /^\(\s*[一二三四五六七八九十\d]{1,3}\s*\)/,
  /^\d{1,2}\s*[.、)](?!\d)/,
  /^\d{1,2}\s*\.(?=(?:19|20)\d{2}年)/,
  /^[一二三四五六七八九十]{1,3}是/,
  /^第[一二三四五六七八九十]{1,3}[,、:]/,
  /^[①-⑳]/,
  /^(?:[●■◆▲★•]|——)/,
];
const FIELD_LABEL = /^\(?\s*(签发人|答复类别|办理类别|联系|抄[送报]|附件|主题词|公开(属性|方式)|主办单位|协办单位|会办单位)/;

/** True for a line that is a date and nothing else. */
export function isDateOnly(line: string): boolean {
  return DATE_ONLY.test(line.trim());
}

/** True for a line that starts an enumerated item: （一）, 1., 一是, 第一，, ①, ●. */
export function isItemStart(line: string): boolean {
  return ITEM_START.some((re) => re.test(line));
}

/** True for a labelled field line: 签发人, 答复类别, 联系人, 抄送, 附件, 公开属性, 主办单位…. */
export function isFieldLine(line: string): boolean {
  return FIELD_LABEL.test(line);
}

/** True for a line that starts a block of its own: a heading, an item, a labelled field, a date. */
export function isBlockStart(line: string): boolean {
  return SECTION_HEADING.test(line) || isItemStart(line) || FIELD_LABEL.test(line) || isDateOnly(line) || /^(下一步|今后)/.test(line);
}

const TITLE_END = /(答复|答复函|复函|的函|答复意见|办理意见|协办意见|会办意见|分办意见|主办意见|办理情况)(\(函\))?$/;

/**
 * True for the title line: `…关于市政协五届四次会议第0361号提案的答复函`, `对…的答复`,
 * `关于对…的答复(函)`, `…办理情况的答复`, `…的协办意见`.
 */
export function isTitleLine(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  return t.length <= 120 && /(提案|建议|议案)/.test(t) && /(关于|第[A-Za-z]?\d+号|^对)/.test(t) && TITLE_END.test(t) && !/[,。:;]/.test(t);
}

/**
 * The printed forms a letter can take (issue 14's "what the genre looks like"), one dimension
 * each, and the draw of one letter's layout: every dimension independently, by weight, so that
 * a large run covers every form and many combinations. Where a form cannot apply (a 协办意见 at
 * national level, a 下一步 heading in a letter without headings) plan.ts replaces it, so that a
 * letter's layout always names the forms it actually prints.
 */
import type { Rng } from './prng.ts';

type Weighted<T extends string> = readonly (readonly [T, number])[];
const w = <T extends string>(xs: Weighted<T>): Weighted<T> => xs;

/** Every dimension with its forms and their weights. */
// prettier-ignore
export const DIMENSIONS = {
  session: w([['short', 6], ['full', 2], ['ordinal', 2]]),
  // The 协办/会办 titles are never drawn: the role sets them.
  title: w([
    ['协办答复', 0], ['协办意见', 0], ['会办意见', 0], ['答复', 8], ['答复函', 2], ['答复（函）', 1], ['对…的答复', 1],
    ['关于对…的答复函', 1], ['办理情况的答复', 1], ['答复的函', 1],
  ]),
  titleLines: w([['1', 6], ['2', 3], ['3', 1]]),
  numberSpaces: w([['no', 9], ['yes', 1]]),
  classNumber: w([['no', 1], ['yes', 1]]),
  docBracket: w([['〔〕', 10], ['[]', 1], ['［］', 1], ['【】', 1], ['()', 1], ['（）', 1], ['none', 1]]),
  docSerial: w([['plain', 8], ['letter', 1], ['hyphen', 1]]),
  role: w([['主办', 14], ['分办', 1], ['协办答复', 1], ['协办意见', 1], ['会办意见', 1]]),
  signature: w([['single', 10], ['joint', 1], ['office', 1], ['shortName', 1]]),
  letterhead: w([['unit', 55], ['wenjian', 30], ['banner', 5], ['none', 10]]),
  headOrder: w([['docFirst', 9], ['titleFirst', 1]]),
  signer: w([['line', 6], ['withDocNumber', 1], ['none', 3]]),
  // leadUnit (a 协办/会办 opinion addressed to the lead unit) is never drawn: the role sets it.
  salutation: w([['leadUnit', 0], ['plain', 5], ['respect', 5], ['group', 2], ['comrade', 1], ['organisation', 1]]),
  hello: w([['none', 8], ['sameLine', 1], ['nextLine', 1]]),
  proposalQuote: w([['《》', 8], ['“”', 1], ['bare', 1]]),
  headings: w([['numbered', 12], ['none', 1]]),
  category: w([
    ['none', 24], ['afterHalf', 3], ['afterFull', 2], ['afterSpaced', 1], ['答复类别', 3], ['答复类别甲乙', 1],
    ['办理类别', 1], ['答复类型', 1], ['办理结果', 1], ['noLei', 1], ['stamp', 1], ['bareStamp', 1], ['sentence', 3],
  ]),
  decoy: w([['none', 3], ['sentence', 1]]),
  nextSteps: w([['inline', 10], ['parenLines', 2], ['numberLines', 2], ['heading', 2], ['prose', 1]]),
  nextOpener: w([['下一步', 8], ['下步', 1], ['今后', 2]]),
  date: w([
    ['arabic', 5], ['zeroPadded', 1], ['spaced', 3], ['fullWidth', 1], ['chinese〇', 2], ['chinese○', 1],
    ['chinese零', 1], ['everyChar', 1],
  ]),
  dateLine: w([['own', 9], ['withUnit', 1]]),
  contact: w([['halfParen', 30], ['fullParen', 25], ['block', 25], ['plain', 8], ['comma', 5], ['电话', 5], ['none', 12]]),
  contactPlace: w([['after', 9], ['before', 1]]),
  phone: w([['landline', 8], ['mobile', 1], ['two', 1]]),
  disclosure: w([
    ['none', 12], ['公开属性：主动公开', 1], ['公开方式：主动公开', 1], ['公开方式：依申请公开', 1],
    ['公开属性：不予公开', 1], ['（此件公开发布）', 1], ['（此件不予公开）', 1],
  ]),
  attachment: w([['none', 9], ['line', 1]]),
  closing: w([['none', 7], ['特此函复。', 2], ['此复。', 1]]),
  cc: w([['some', 9], ['none', 1]]),
  issued: w([['none', 9], ['twoLines', 9], ['oneLine', 2]]),
  footer: w([['none', 6], ['第2页/共3页', 1], ['- 2 -', 1], ['· 2 ·', 1], ['— 2 —', 1], ['第 2 页 共 4 页', 1], ['-2-', 1]]),
  runningHeader: w([['none', 3], ['title', 1], ['number', 1], ['unit', 1]]),
  damage: w([['none', 12], ['hardWrap', 2], ['splitEnumerator', 1], ['spacedChars', 1]]),
  indent: w([['none', 4], ['fullWidth', 1]]),
  digitSpacing: w([['tight', 3], ['spaced', 2]]),
  table: w([['none', 10], ['tabs', 1], ['spaces', 1]]),
  nonItem: w([['none', 10], ['minus', 1], ['decimal', 1]]),
} as const;

/** How the measures of one section are printed; drawn per section. */
// prettier-ignore
export const ITEM_STYLES = w([
  ['一是', 30], ['（一）subhead', 16], ['（一）inline', 12], ['1.', 10], ['1．', 3], ['1、', 4], ['（1）', 4],
  ['①inline', 3], ['①lines', 2], ['第一，inline', 7], ['第一，paras', 3], ['●', 2], ['■', 2], ['◆', 1], ['——', 2],
  ['（一）→1.', 4], ['1、→（1）', 3], ['首先/其次', 2], ['一方面/另一方面', 2],
]);

export type Dimension = keyof typeof DIMENSIONS;
export type Layout = { -readonly [D in Dimension]: (typeof DIMENSIONS)[D][number][0] };
export type ItemStyle = (typeof ITEM_STYLES)[number][0];

/** One draw of every dimension, in a fixed order (so a seed always gives the same layout). */
export function drawLayout(rng: Rng): Layout {
  const out: Record<string, string> = {};
  for (const [dim, forms] of Object.entries(DIMENSIONS)) out[dim] = rng.weighted(forms as Weighted<string>);
  return out as Layout;
}

/** Every assembly a letter can answer to. */
export const ASSEMBLIES = [
  '市人大',
  '市政协',
  '县人大',
  '县政协',
  '区人大',
  '区政协',
  '州人大',
  '州政协',
  '省人大',
  '省政协',
  '全国人大',
  '全国政协',
] as const;

/** Every form name (`dimension:form`) a full run can print, the keys of a coverage table. */
export function allFormNames(): string[] {
  const names = Object.entries(DIMENSIONS).flatMap(([dim, forms]) => forms.map(([f]) => `${dim}:${f}`));
  return [...ASSEMBLIES.map((a) => `assembly:${a}`), ...names, ...ITEM_STYLES.map(([s]) => `items:${s}`)];
}

/**
 * The paragraphs below the thanks: 特此函复, 附件, the signature (one unit, or several on one
 * line), the date (on its own line or beside the unit), 此件公开发布, the contact (before or
 * after the signature, in every printed form), 抄报/抄送, 印发, and the fiction marker; with the
 * cc units and the 印发 office as the truth record lists them.
 */
import type { Rng } from './prng.ts';
import { printDate, type DateStyle } from './cn-numbers.ts';
import { fill, type FillContext } from './fill-template.ts';
import type { Plan } from './plan.ts';
import { unitIn } from './units.ts';
import { VOCAB } from './vocab.ts';

/** The last line of every generated letter. */
export const FICTION_MARKER = '（本函为测试用虚构文本）';

/** The printed foot of the letter and the cc units in printed order. */
export type Foot = { paragraphs: string[]; cc: string[]; issuedBy: string | null };

function ccUnits(rng: Rng, p: Plan): { report: string[]; send: string[] } {
  const s = p.scope;
  const a = s === '国' ? '全国' : s;
  const send =
    p.kind === 'proposal'
      ? rng.sample([`${a}政协${s === '国' ? '办公厅' : '办公室'}`, `${a}政协提案委员会`], rng.int(1, 2))
      : [s === '市' || s === '省' || s === '国' ? `${a}人大常委会代表工作委员会` : `${s}人大常委会代表工作室`];
  if (s !== '国' && rng.chance(0.4)) send.push(`${s}政府督查室`);
  if (rng.chance(0.3)) send.push(unitIn(s, rng.pick(p.domain.partners)));
  const report =
    s === '国' || !rng.chance(0.25)
      ? []
      : p.gov
        ? [p.kind === 'proposal' ? `${s}委办公室` : `${s}人大常委会`]
        : [rng.pick([`${s}人民政府办公室`, `${s}人民政府`])];
  return { report, send };
}

function contactLines(rng: Rng, p: Plan): string[] {
  const c = p.contact;
  if (!c) return [];
  const phone = p.phonePrinted;
  switch (p.layout.contact) {
    case 'halfParen':
      return [`(联系人:${c.name};联系电话:${phone})`];
    case 'fullParen':
      return [`（联系人：${c.name}；联系电话：${phone}）`];
    case 'plain':
      return [`联系人：${c.name}　　联系电话：${phone}`];
    case 'comma':
      return [`联系人：${c.name}，联系电话：${phone}`];
    case '电话':
      return [`联系人：${c.name}　电话：${phone}`];
    default: {
      const office = rng.chance(0.4) ? rng.pick(['办公室', '综合科', '政策法规科', '业务科']) : '';
      return [`联系单位：${unitIn(p.scope, p.domain.unit)}${office}`, `联 系 人：${c.name}　联系电话：${phone}`];
    }
  }
}

function issuedByOf(p: Plan): string {
  if (p.level === '全国') return `${p.unitFull}办公厅`;
  if (p.layout.signature === 'office') return p.replyingUnit;
  return `${p.unitFull}办公室`;
}

/** Paragraphs from the closing formula to the fiction marker. */
export function footParagraphs(rng: Rng, p: Plan, ctx: FillContext): Foot {
  const l = p.layout;
  const out: string[] = [];
  if (l.closing !== 'none') out.push(l.closing);
  if (l.attachment === 'line') out.push(fill(rng.pick(VOCAB.forms.attachments), ctx, rng));
  const contact = contactLines(rng, p);
  if (l.contactPlace === 'before') out.push(...contact);
  const signature = p.signatureUnits.join('　　　　');
  const date = printDate(p.date, l.date as DateStyle);
  if (l.dateLine === 'withUnit') out.push(`${signature}　　　　${date}`);
  else out.push(signature, date);
  if (l.disclosure.startsWith('（')) out.push(l.disclosure);
  if (l.contactPlace === 'after') out.push(...contact);
  const { report, send } = l.cc === 'none' ? { report: [], send: [] } : ccUnits(rng, p);
  const sep = rng.chance(0.15) ? ',' : '，';
  if (report.length) out.push(`抄报：${report.join(sep)}。`);
  if (send.length) out.push(`抄送：${send.join(sep)}。`);
  let issuedBy: string | null = null;
  if (p.issued) {
    issuedBy = issuedByOf(p);
    const when = `${p.issued.y}年${p.issued.m}月${p.issued.d}日印发`;
    if (l.issued === 'oneLine') out.push(`${issuedBy}　　　　${when}`);
    else out.push(issuedBy, when);
  }
  out.push(FICTION_MARKER);
  return { paragraphs: out, cc: [...report, ...send], issuedBy };
}

/**
 * The letter's frame: the paragraphs above the opening (letterhead, 文号, 签发人, 答复类别,
 * title, salutation) and below the thanks (signature, date, contact, 抄报/抄送, 印发, and the
 * fiction marker), with the cc units as the truth record lists them.
 */
import type { Rng } from './prng.ts';
import { cnCount, printDate } from './cn-numbers.ts';
import { categoryCn, type Plan } from './plan.ts';

/** The last line of every generated letter. */
export const FICTION_MARKER = '（本函为测试用虚构文本）';

/** 市政协五届四次会议 / 市十四届人大三次会议, as in the title. */
export function sessionPhrase(p: Plan): string {
  return p.kind === 'proposal'
    ? `${p.scope}政协${cnCount(p.term)}届${cnCount(p.meeting)}次会议`
    : `${p.scope}${cnCount(p.term)}届人大${cnCount(p.meeting)}次会议`;
}

/** The title line, e.g. `…关于市政协五届四次会议第0361号提案的答复`. */
export function titleLine(p: Plan): string {
  return `${p.replyingUnit}关于${sessionPhrase(p)}第${p.number}号${p.kind === 'proposal' ? '提案' : '建议'}的${p.titleTail}`;
}

/** Paragraphs from the top of the letter to the salutation. */
export function headParagraphs(p: Plan): string[] {
  const out: string[] = [];
  const cat = p.category;
  if (cat && p.categoryStyle === 'top') out.push(`（${categoryCn(cat)}类）`);
  if (p.letterhead === 'unit') out.push(p.replyingUnit);
  if (p.letterhead === 'wenjian') out.push(`${p.replyingUnit}文件`);
  if (p.letterhead === 'banner') out.push('人大代表建议政协委员提案 办理答复函');
  let doc = p.docNumber;
  if (cat && p.categoryStyle === 'afterHalf') doc += `(${cat}类)`;
  if (cat && p.categoryStyle === 'afterFull') doc += `（${cat}类）`;
  if (cat && p.categoryStyle === 'afterSpaced') doc += `　　　　　　　　${cat}类`;
  out.push(doc);
  if (p.signer) out.push(`签发人：${p.signer}`);
  if (cat && p.categoryStyle === 'line') out.push(`答复类别：${cat}类`);
  if (cat && p.categoryStyle === 'lineCn') out.push(`答复类别：${categoryCn(cat)}类`);
  out.push(titleLine(p));
  const names = p.addressees.join('、');
  if (p.addresseeRole === null) out.push(`${names}：`);
  else if (p.addresseeRole === '委员') out.push(`${names}委员：`);
  else out.push(p.addressees.length > 1 || p.date.d % 5 !== 0 ? `尊敬的${names}代表：` : `${names}代表：`);
  return out;
}

/** The printed foot of the letter and the cc units in printed order. */
export type Foot = { paragraphs: string[]; cc: string[]; issuedBy: string | null };

function ccUnits(rng: Rng, p: Plan): { report: string[]; send: string[] } {
  const s = p.scope;
  const gov = p.unitBase === '人民政府';
  const send = p.kind === 'proposal'
    ? rng.sample([`${s}政协办公室`, `${s}政协提案委员会`], rng.int(1, 2))
    : [s === '市' ? '市人大常委会代表工作委员会' : `${s}人大常委会代表工作室`];
  if (rng.chance(0.4)) send.push(`${s}政府督查室`);
  if (rng.chance(0.3)) send.push(`${s}${rng.pick(p.domain.partners).replace('团市委', `团${s}委`)}`);
  const report = !rng.chance(0.25) ? []
    : gov ? [p.kind === 'proposal' ? `${s}委办公室` : `${s}人大常委会`]
    : [rng.pick([`${s}人民政府办公室`, `${s}人民政府`])];
  return { report, send };
}

/** Paragraphs from the signature to the fiction marker. */
export function footParagraphs(rng: Rng, p: Plan): Foot {
  const out = [p.replyingUnit, printDate(p.date, p.dateStyle)];
  const c = p.contact;
  if (c && p.contactStyle === 'halfParen') out.push(`(联系人:${c.name};联系电话:${c.phone})`);
  if (c && p.contactStyle === 'fullParen') out.push(`（联系人：${c.name}；联系电话：${c.phone}）`);
  if (c && p.contactStyle === 'plain') out.push(`联系人：${c.name}　　联系电话：${c.phone}`);
  if (c && p.contactStyle === 'block') {
    const office = rng.chance(0.4) ? rng.pick(['办公室', '综合科', '政策法规科', '业务科']) : '';
    out.push(`联系单位：${p.scope}${p.domain.unit}${office}`, `联 系 人：${c.name}　联系电话：${c.phone}`);
  }
  const { report, send } = ccUnits(rng, p);
  const sep = rng.chance(0.15) ? ',' : '，';
  if (report.length) out.push(`抄报：${report.join(sep)}。`);
  out.push(`抄送：${send.join(sep)}。`);
  let issuedBy: string | null = null;
  if (p.issued) {
    issuedBy = `${p.replyingUnit}办公室`;
    out.push(issuedBy, `${p.issued.y}年${p.issued.m}月${p.issued.d}日印发`);
  }
  out.push(FICTION_MARKER);
  return { paragraphs: out, cc: [...report, ...send], issuedBy };
}

/**
 * The paragraphs above the opening: category stamps, letterhead, 文号 (with 签发人 or a category
 * beside it), 签发人, 公开属性, 答复类别 lines, handling stamps, the title (on one to three lines)
 * and the salutation, in the order the layout draws.
 */
import { categoryCn } from './category.ts';
import type { Plan } from './plan.ts';

/** Paragraphs from the top of the letter to the salutation. */
export function headParagraphs(p: Plan, titleLines: string[]): string[] {
  const l = p.layout;
  const cat = p.category;
  const out: string[] = [];
  if (cat && l.category === 'stamp') out.push(`（${categoryCn(cat)}类）`);
  if (cat && l.category === 'bareStamp') out.push(`${cat}类`);
  if (l.letterhead === 'unit') out.push(p.unitFull);
  if (l.letterhead === 'wenjian') out.push(`${p.unitFull}文件`);
  if (l.letterhead === 'banner') out.push('人大代表建议政协委员提案 办理答复函');
  const docBlock = docBlockOf(p);
  if (l.headOrder === 'titleFirst') out.push(...titleLines, ...docBlock);
  else out.push(...docBlock, ...titleLines);
  out.push(...p.who.lines);
  return out;
}

/**
 * True when nothing but stamps (`（分办）`, `（甲类）`) stands above the title: its first line is
 * the letter's first, where a line of units alone reads as the letterhead.
 */
export function titleOpensLetter(p: Plan): boolean {
  const stamp = (line: string) => /^（.*）$|^[A-D]类$/.test(line);
  return p.layout.letterhead === 'none' && (p.layout.headOrder === 'titleFirst' || docBlockOf(p).every(stamp));
}

/** The 文号 and the lines that go with it: 签发人, 公开属性, category lines, handling stamps. */
function docBlockOf(p: Plan): string[] {
  const l = p.layout;
  const cat = p.category;
  const docBlock: string[] = [];
  if (p.docNumber) {
    let doc = p.docNumber;
    if (cat && l.category === 'afterHalf') doc += `(${cat}类)`;
    if (cat && l.category === 'afterFull') doc += `（${cat}类）`;
    if (cat && l.category === 'afterSpaced') doc += `　　　　　　　　${cat}类`;
    if (p.signer && l.signer === 'withDocNumber') doc += `　　　　　　签发人：${p.signer}`;
    docBlock.push(doc);
  }
  if (p.signer && l.signer === 'line') docBlock.push(`签发人：${p.signer}`);
  if (l.disclosure.startsWith('公开')) docBlock.push(l.disclosure);
  if (cat && l.category === '答复类别') docBlock.push(`答复类别：${cat}类`);
  if (cat && l.category === '答复类别甲乙') docBlock.push(`答复类别：${categoryCn(cat)}类`);
  if (cat && l.category === '办理类别') docBlock.push(`办理类别：${categoryCn(cat)}类`);
  if (cat && l.category === '答复类型') docBlock.push(`答复类型：${cat}类`);
  if (cat && l.category === '办理结果') docBlock.push(`办理结果：${cat}类`);
  if (cat && l.category === 'noLei') docBlock.push(`答复类别：${cat}`);
  if (l.role === '分办') docBlock.push('（分办）');
  if (l.role === '协办答复') docBlock.push('（协办）');
  return docBlock;
}

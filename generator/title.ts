/**
 * The session and the title as printed, in the forms of layout.ts: `市政协五届四次会议`,
 * `政协澜江市第五届委员会第四次会议`, `十四届全国人大二次会议`; `…关于…第0361号提案的答复`,
 * `对…的答复`, `…办理情况的答复`, `…的协办意见`; the number with PDF spaces (`第 1 2 号`) and a
 * national proposal's class number (`第02315号（经济发展类187号）`); over one to three lines.
 */
import type { Rng } from './prng.ts';
import { cnCount } from './cn-numbers.ts';
import type { Plan } from './plan.ts';
import { titleOpensLetter } from './compose-frame.ts';

const cn = cnCount;

/** The session the item was raised in, as this letter prints it. */
export function sessionPhrase(p: Plan): string {
  const {
    term: t,
    meeting: m,
    layout: { session: form },
  } = p;
  const npc = p.kind === 'suggestion';
  if (p.level === '全国') {
    if (npc) {
      return form === 'full'
        ? `第${cn(t)}届全国人民代表大会第${cn(m)}次会议`
        : form === 'ordinal'
          ? `${cn(t)}届全国人大第${cn(m)}次会议`
          : `${cn(t)}届全国人大${cn(m)}次会议`;
    }
    return form === 'full'
      ? `政协${cn(t)}届全国委员会第${cn(m)}次会议`
      : form === 'ordinal'
        ? `全国政协${cn(t)}届第${cn(m)}次会议`
        : `全国政协${cn(t)}届${cn(m)}次会议`;
  }
  const s = p.level;
  if (npc) {
    return form === 'full'
      ? `${p.place}第${cn(t)}届人民代表大会第${cn(m)}次会议`
      : form === 'ordinal'
        ? `${s}${cn(t)}届人大第${cn(m)}次会议`
        : `${s}${cn(t)}届人大${cn(m)}次会议`;
  }
  return form === 'full'
    ? `政协${p.place}第${cn(t)}届委员会第${cn(m)}次会议`
    : form === 'ordinal'
      ? `${s}政协${cn(t)}届第${cn(m)}次会议`
      : `${s}政协${cn(t)}届${cn(m)}次会议`;
}

/** `第0361号`, `第 0 3 6 1 号`, `第02315号（经济发展类187号）`. */
function numberPhrase(rng: Rng, p: Plan): string {
  const digits = p.layout.numberSpaces === 'yes' ? ` ${[...p.number].join(' ')} ` : p.number;
  const cls =
    p.layout.classNumber === 'yes' ? `（${rng.pick(['经济发展类', '社会事业类', '科教文卫体类', '农业水利类'])}${rng.int(1, 400)}号）` : '';
  return `第${digits}号${cls}`;
}

/** The title as one string (the record's title is this with spaces removed). */
export function titleText(rng: Rng, p: Plan): string {
  const item = `${sessionPhrase(p)}${numberPhrase(rng, p)}${p.kind === 'proposal' ? '提案' : '建议'}`;
  const units = p.layout.signature === 'joint' ? `${p.unitFull}、${p.otherUnit}` : p.unitFull;
  const role = p.layout.role;
  if (role === '协办意见' || role === '会办意见' || role === '协办答复') return `${units}关于${item}的${role}`;
  switch (p.layout.title) {
    case '答复函':
      return `${units}关于${item}的答复函`;
    case '答复（函）':
      return `${units}关于${item}的答复（函）`;
    case '对…的答复':
      return `${p.level === '全国' ? '' : units}对${item}的答复`;
    case '关于对…的答复函':
      return `${units}关于对${item}的答复函`;
    case '办理情况的答复':
      return `${units}关于${item}办理情况的答复`;
    case '答复的函':
      return `${units}关于${item}答复的函`;
    default:
      return `${units}关于${item}的答复`;
  }
}

/**
 * The title broken over the layout's number of lines, never inside the number's digits, and
 * never after its units when the title opens the letter (compose-frame.ts titleOpensLetter): a line holding only the units there is
 * the letterhead, as a reader takes it.
 */
export function titleLines(rng: Rng, p: Plan, title: string): string[] {
  const parts = Number(p.layout.titleLines);
  const digits = title.indexOf(`第${p.layout.numberSpaces === 'yes' ? ' ' : ''}${p.number[0]}`);
  const opensLetter = titleOpensLetter(p);
  const unitsEnd = title.search(/关于|对/);
  const forbidden = (i: number) => (i > digits && i <= digits + p.number.length * 2 + 2) || (opensLetter && i === unitsEnd);
  const cuts: number[] = [];
  for (let k = 1; k < parts; k++) {
    const lo = Math.max(4, cuts.at(-1) ?? 0) + 2,
      hi = Math.floor((title.length * k) / parts) + 4;
    let at = rng.int(Math.min(lo, hi), hi);
    while (forbidden(at) && at < title.length - 2) at++;
    if (at < title.length - 2) cuts.push(at);
  }
  const out: string[] = [];
  let from = 0;
  for (const c of cuts) {
    out.push(title.slice(from, c).trim());
    from = c;
  }
  out.push(title.slice(from).trim());
  return out.filter(Boolean);
}

/** The record's canonical session label: `五届四次会议`. */
export const sessionLabel = (term: number, meeting: number): string => `${cn(term)}届${cn(meeting)}次会议`;

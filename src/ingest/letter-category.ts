/**
 * 答复类别 wherever the letter prints it: a labelled field (`答复类别：B类`, `办理结果：A`), a bare
 * stamp (`（甲类）`, `A类` beside the 文号 or the 签发人), or a sentence saying the reply is of a
 * class (`本件答复类别为丙类`, `属于B类答复`, `列为丁类`). Never from a decoy: `A类地区`,
 * `三级甲等`, `乙类传染病`, `5A级`, the letter inside a 文号, the `（分办）`/`（协办）` stamps.
 * Pure.
 */
import { DOC_NUMBER } from './letter-patterns.ts';
import { viewOf } from './parse-view.ts';
import type { LetterRecord } from '../record/record-schema.ts';

const CLASS = '([A-D甲乙丙丁])';
const CATEGORY_LETTER: Record<string, 'A' | 'B' | 'C' | 'D'> = { A: 'A', B: 'B', C: 'C', D: 'D', 甲: 'A', 乙: 'B', 丙: 'C', 丁: 'D' };

/** `答复类别：B类`, `办理类别:乙类`, `答复类型：A`, `办理结果：A类（已解决）`. */
const FIELD = new RegExp(`(?:答复|办理)(?:类别|类型|结果)\\s?(?::|为|是)\\s?${CLASS}(?:类|$|[\\s(,。;])`);
/** A line that is only the class: `（甲类）`, `A类`, `[B类]`, `A类（已解决或采纳）`. */
const STAMP = new RegExp(`^[(【\\[]?\\s?${CLASS}\\s?类\\s?[)】\\]]?(?:\\s?\\([^()]{1,20}\\))?$`);
/** What may follow a stamp on the 文号 or 签发人 line. */
const STAMP_ON_LINE = new RegExp(`(?:^|\\s)[(【\\[]?${CLASS}类[)】\\]]?(?:\\s|$|签发人)`);
/** `本件答复类别为丙类`, `属于B类答复`, `列为丁类`, `确定为A类办理`. */
const SENTENCE = new RegExp(`(?:为|属于|属|列为|定为|确定为|作为|按)${CLASS}类(答复|办理|件|提案|建议)?`, 'g');
const ABOUT_REPLY = /(本件|该件|此件|本提案|本建议|该提案|该建议|答复|办理|类别)/;

/** The 答复类别 of the letter, from its paragraphs' parse views; null when none is printed. */
export function parseCategory(paragraphs: string[]): LetterRecord['category'] {
  const views = paragraphs.map((p) => viewOf(p).text);
  const found = views.map((p) => fieldOrStamp(p)).find(Boolean) ?? views.map(sentenceCategory).find(Boolean);
  return found ? CATEGORY_LETTER[found] : null;
}

function fieldOrStamp(p: string): string | null {
  const t = p.trim();
  const field = FIELD.exec(t);
  if (field) return field[1];
  const stamp = STAMP.exec(t);
  if (stamp) return stamp[1];
  // Beside the 文号 (`…31号　　D类`, `…18号(A类)`) or the 签发人 on a short head line.
  const doc = DOC_NUMBER.exec(t);
  const rest = doc ? t.slice(doc[0].length) : /签发人/.test(t) && t.length <= 50 ? t : null;
  const beside = rest === null ? null : STAMP_ON_LINE.exec(` ${rest.replace(/^\s?\(([A-D甲乙丙丁])类\)/, ' $1类 ')} `);
  return beside?.[1] ?? null;
}

/** A sentence that says the reply is of a class; a class of anything else does not count. */
function sentenceCategory(p: string): string | null {
  for (const m of p.matchAll(SENTENCE)) {
    const after = p[m.index + m[0].length] ?? '';
    const nounFollows = !m[2] && after !== '' && !/[\s,。;:!?)）、]/.test(after);
    if (nounFollows) continue;
    if (m[2] || ABOUT_REPLY.test(p.slice(Math.max(0, m.index - 14), m.index))) return m[1];
  }
  return null;
}

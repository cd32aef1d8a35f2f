/**
 * 联系人 and 联系电话 in every printed form: `(联系人:苏浩;联系电话:0477-8586566)`, a 联 系 人 /
 * 联系电话 block, `联系人及电话：张三 0477-1234567`, `经办人：李娜，13912345678`, `联系方式：…`,
 * mobile numbers, two numbers (the first is kept). Reads parse views. Pure.
 */
import { fold } from './parse-view.ts';
import type { LetterRecord } from '../record/record-schema.ts';

/** A line that is, or opens with, a contact. */
export const CONTACT_LINE = /^\(?\s*(联\s*系\s*(人|电\s*话|方\s*式|单\s*位|处\s*室|科\s*室)|经\s*办\s*人|承\s*办\s*人|办理人|责任人)/;

const NAME =
  /(?:联\s*系\s*人|经\s*办\s*人|承\s*办\s*人|办理人|责任人|联系方式)(?:及(?:联系)?(?:电话|方式))?\s*:?\s*([\u4e00-\u9fa5·]{2,5}?)(?=[\s;,，、:)（(\d]|联系|电话|手机|办公|邮箱|同志|科长|主任|$)/;
const LABELLED_PHONE = /(?:电\s*话|手\s*机|联系方式|传真)(?:号码)?\s*:?\s*((?:\(\d{3,4}\)|\d)[\d\-—()]*\d)/;
const BARE_PHONE = /(?<!\d)(?:\(?0\d{2,3}\)?[-—]?\d{7,8}|1[3-9]\d{9}|\d{7,8})(?!\d)/;

/** The contact in a text (parse views joined), or null when it names none. */
export function parseContact(text: string): LetterRecord['contact'] {
  if (!text) return null;
  text = fold(text);
  const name = NAME.exec(text)?.[1] ?? null;
  const phone = LABELLED_PHONE.exec(text)?.[1] ?? BARE_PHONE.exec(text)?.[0] ?? null;
  return name || phone ? { name: name && !/^(电话|方式|手机)/.test(name) ? name : null, phone: phone?.replace(/\s+/g, '') ?? null } : null;
}

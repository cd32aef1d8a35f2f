import { describe, expect, it } from 'vitest';
import { parseTail } from './parse-tail.ts';
import { parseContact } from './letter-contact.ts';
import { viewOf } from './parse-view.ts';

const tail = (lines: string[]) =>
  parseTail(
    lines.map((l) => viewOf(l).text),
    0,
  );
const THANKS = '感谢您对我市工作的关心和支持。';

describe('who replies', () => {
  it.each([
    ['a 主办 unit', [THANKS, '某市教育局', '2025年6月30日'], '某市教育局'],
    ['a 协办 unit', [THANKS, '某市财政局', '2025年6月30日'], '某市财政局'],
    ['signed jointly on one line', [THANKS, '某市教育局　　某市财政局', '2025年6月30日'], '某市教育局'],
    ['signed jointly, a unit a line', [THANKS, '某市教育局', '某市财政局', '2025年6月30日'], '某市教育局'],
    ['a 办公室 signing for the government', [THANKS, '某市人民政府办公室', '2025年6月30日'], '某市人民政府办公室'],
    ['a seal note', [THANKS, '某市人民政府办公室（代章）', '2025年6月30日'], '某市人民政府办公室'],
    ['unit and date on one line', [THANKS, '某市教育局　2025年6月30日'], '某市教育局'],
    ['unit and date on one line, spaced out', [THANKS, '某 市 教 育 局    2 0 2 5 年 6 月 3 0 日'], '某市教育局'],
    ['a 公开属性 line between unit and date', [THANKS, '某市教育局', '（此件公开发布）', '2025年6月30日'], '某市教育局'],
  ])('%s', (_, lines, unit) => {
    const t = tail(lines);
    expect(t?.replyingUnit).toBe(unit);
    expect(t?.date).toBe('2025-06-30');
  });

  it('leaves the unit null when no unit stands above the date', () => {
    expect(tail(['我们将继续努力。', '2025年6月30日'])?.replyingUnit).toBe(null);
  });
});

describe('contact forms', () => {
  it.each([
    ['bracketed, half-width', '(联系人:苏浩;联系电话:0477-8586566)', { name: '苏浩', phone: '0477-8586566' }],
    ['bracketed, full-width', '（联系人：覃雨；联系电话：0778-5526093）', { name: '覃雨', phone: '0778-5526093' }],
    ['spaced label and an ideographic gap', '联 系 人：何静　联系电话：0736-5512088', { name: '何静', phone: '0736-5512088' }],
    ['电话 after a gap', '联系人：黎敏　电话：0770-3215508', { name: '黎敏', phone: '0770-3215508' }],
    ['a comma between', '联系人：甘露，联系电话：0772-5509361', { name: '甘露', phone: '0772-5509361' }],
    ['联系人及电话', '联系人及电话：张明 0477-1234567', { name: '张明', phone: '0477-1234567' }],
    ['经办人 and a mobile number', '经办人：李娜，13912345678', { name: '李娜', phone: '13912345678' }],
    ['手机', '联系人：王芳　手机：13812345678', { name: '王芳', phone: '13812345678' }],
    ['two numbers: the first', '联系人：王芳，联系电话：0477-8586566、13812345678', { name: '王芳', phone: '0477-8586566' }],
    ['two numbers past a space: the first', '联系人：王芳 电话：0477-8586566 13812345678', { name: '王芳', phone: '0477-8586566' }],
    ['a bracketed area code', '联系人：王芳；联系电话：(0477)8586566', { name: '王芳', phone: '(0477)8586566' }],
    ['full-width digits', '联系人：王芳；联系电话：０４７７－８５８６５６６', { name: '王芳', phone: '0477-8586566' }],
    ['a title after the name', '联系人：王芳同志，电话：0477-8586566', { name: '王芳', phone: '0477-8586566' }],
    ['on two lines', '联系人：王芳\n联系电话：0477-8586566', { name: '王芳', phone: '0477-8586566' }],
    ['a phone only', '联系电话：0477-8586566', { name: null, phone: '0477-8586566' }],
    ['nothing', '', null],
  ])('%s', (_, text, want) => expect(parseContact(text)).toEqual(want));

  it.each([
    ['before the signature', [THANKS, '联系人：王芳，联系电话：0477-8586566', '某市教育局', '2025年6月30日']],
    ['after the signature', [THANKS, '某市教育局', '2025年6月30日', '（联系人：王芳，联系电话：0477-8586566）']],
  ])('finds the contact %s', (_, lines) => {
    const t = tail(lines)!;
    expect(t.contact).toEqual({ name: '王芳', phone: '0477-8586566' });
    expect(t.replyingUnit).toBe('某市教育局');
  });
});

import { describe, expect, it } from 'vitest';
import { describeCorrections, parseSetOptions, SetOptionError, shownValue } from './set-option.ts';

describe('--set FIELD=VALUE', () => {
  it.each([
    ['text as is', 'signer=张秀玲', { signer: '张秀玲' }],
    ['text with = in it', 'proposalTitle=关于A=B的提案', { proposalTitle: '关于A=B的提案' }],
    ['null', 'signer=null', { signer: null }],
    ['a category', 'category=B', { category: 'B' }],
    ['a category as 乙', 'category=乙', { category: 'B' }],
    ['a kind as 提案', 'kind=提案', { kind: 'proposal' }],
    ['a 公开属性', 'disclosure=依申请公开', { disclosure: '依申请公开' }],
    ['a list as YAML flow', 'addressees=[张三, 李四]', { addressees: ['张三', '李四'] }],
    ['a list with 、', 'addressees=张三、李四', { addressees: ['张三', '李四'] }],
    ['a list of one', 'cc=市政协办公室', { cc: ['市政协办公室'] }],
    ['an empty list', 'cc=[]', { cc: [] }],
    ['a date', 'date=2025-09-12', { date: '2025-09-12' }],
    ['a date as printed', 'date=2025年9月12日', { date: '2025-09-12' }],
    ['an issued date null', 'issuedDate=null', { issuedDate: null }],
    ['a number with its zeros', 'number=0361', { number: '0361' }],
    ['a session label', 'session=五届四次会议', { session: { term: 5, meeting: 4, label: '五届四次会议' } }],
    ['a session with 第', 'session=第十四届第三次会议', { session: { term: 14, meeting: 3, label: '十四届三次会议' } }],
    ['a session as a title names it', 'session=市政协五届四次会议', { session: { term: 5, meeting: 4, label: '五届四次会议' } }],
    [
      'a session as YAML',
      'session={term: 5, meeting: 4, label: 五届四次会议}',
      { session: { term: 5, meeting: 4, label: '五届四次会议' } },
    ],
    ['a contact as YAML', "contact={name: 苏浩, phone: '0477-8586566'}", { contact: { name: '苏浩', phone: '0477-8586566' } }],
  ])('%s: %s', (_, arg, want) => expect(parseSetOptions([arg])).toEqual(want));

  it('takes several fields', () => {
    expect(parseSetOptions(['category=B', 'date=2025-09-12'])).toEqual({ category: 'B', date: '2025-09-12' });
  });

  it.each([
    ['no =', 'category', '--set category: expected FIELD=VALUE'],
    ['an unknown field', 'categry=B', '--set categry=B: categry is not a record field (fields: docNumber, signer,'],
    ['the outline', 'sections=[]', "--set sections=[]: sections are the letter's text: correct them by --replace"],
    ['a category not A–D', 'category=E', '--set category=E: Invalid option: expected one of "A"|"B"|"C"|"D"'],
    ['a date that does not exist', 'date=2025-02-30', '--set date=2025-02-30: invalid date: 2025-02-30 does not exist'],
    ['a date that is not one', 'date=soon', '--set date=soon: invalid date: soon is not a date'],
    ['null where a value is required', 'replyingUnit=null', '--set replyingUnit=null: Invalid input: expected string, received null'],
    ['a number with letters', 'number=36a', '--set number=36a:'],
    ['a session it cannot read', 'session=第五届', '--set session=第五届: Invalid input: expected object, received string'],
    ['bad YAML', 'contact={name: [', '--set contact={name: [: not YAML:'],
    [
      'a contact with a field too many',
      'contact={name: 苏浩, phone: null, fax: 1}',
      '--set contact={name: 苏浩, phone: null, fax: 1}: fax: not a field of contact',
    ],
  ])('refuses %s: %s', (_, arg, message) => {
    expect(() => parseSetOptions([arg])).toThrow(SetOptionError);
    expect(() => parseSetOptions([arg])).toThrow(message);
  });

  it('refuses a field given twice', () => {
    expect(() => parseSetOptions(['category=B', 'category=C'])).toThrow('--set category given twice');
  });
});

describe('values as the lines show them', () => {
  it.each([
    [null, 'null'],
    ['B', 'B'],
    [['张三', '李四'], '张三、李四'],
    [[], '[]'],
    [{ term: 5, meeting: 4, label: '五届四次会议' }, '五届四次会议'],
    [{ name: '苏浩', phone: '0477-8586566' }, '苏浩 0477-8586566'],
  ])('%j → %s', (value, shown) => expect(shownValue(value)).toBe(shown));

  it('describes each corrected field from its value before', () => {
    expect(describeCorrections({ category: 'C', date: '2025-09-03' }, { category: 'B', date: '2025-09-12' })).toBe(
      'category: C → B, date: 2025-09-03 → 2025-09-12',
    );
    expect(describeCorrections({ category: 'B', signer: null }, { category: 'B', signer: '李华' })).toBe(
      'category: B, as it was, signer: null → 李华',
    );
  });
});

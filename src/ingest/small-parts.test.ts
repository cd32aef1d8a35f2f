import { describe, expect, it } from 'vitest';
import { parseCount, parseYear, toChineseCount } from './chinese-numerals.ts';
import { toIsoDate } from './letter-dates.ts';
import { parseSalutation, parseProposalFacts } from './parse-head.ts';
import { parseCategory, parseContact } from './parse-tail.ts';
import { leadOf } from './sentences.ts';
import { quotedTerms } from './extract-terms.ts';
import { candidateMarkers, lowestStyle } from './enumerators.ts';

describe('chinese numerals', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十四', 14],
    ['二十一', 21],
    ['九十九', 99],
    ['12', 12],
    ['甲', null],
    ['', null],
  ])('%s → %s', (t, n) => expect(parseCount(t)).toBe(n));
  it.each([
    ['二〇二五', 2025],
    ['二○二四', 2024],
    ['2023', 2023],
    ['二〇二', null],
  ])('year %s → %s', (t, n) => expect(parseYear(t)).toBe(n));
  it.each([
    [5, '五'],
    [10, '十'],
    [14, '十四'],
    [21, '二十一'],
  ])('%s → %s', (n, t) => expect(toChineseCount(n)).toBe(t));
});

describe('dates', () => {
  it.each([
    ['2025 年 9 月 3 日', '2025-09-03'],
    ['2025年9月3日', '2025-09-03'],
    ['二〇二五年六月十八日', '2025-06-18'],
    ['二〇二五年十一月六日', '2025-11-06'],
    ['2024年2月29日', '2024-02-29'],
  ])('%s → %s', (p, iso) => expect(toIsoDate(p)).toBe(iso));
  it.each([
    ['2025年2月30日', 'does not exist'],
    ['2025年13月1日', 'does not exist'],
    ['二〇二五年二月三十日', 'does not exist'],
  ])('%s is refused', (p, why) => expect(() => toIsoDate(p)).toThrow(why));
});

describe('salutation', () => {
  it.each([
    ['乌力吉仓委员：', ['乌力吉仓'], '委员', false],
    ['尊敬的陈立新代表：', ['陈立新'], '代表', false],
    ['林晓、赵卫东、孙雅琴委员：', ['林晓', '赵卫东', '孙雅琴'], '委员', false],
    ['民盟桐溪市委员会：', ['民盟桐溪市委员会'], null, false],
    ['张三等5位委员：', ['张三'], '委员', false],
    ['王明同志：', ['王明'], null, true],
    ['尊敬的李华女士、赵强先生：', ['李华女士', '赵强'], null, true],
  ])('%s', (line, names, role, person) => expect(parseSalutation(line)).toEqual({ addressees: names, role, person }));
});

describe('proposal facts', () => {
  it.each([
    [
      '某市人民政府关于市政协五届四次会议第0361号提案的答复函',
      { kind: 'proposal', assembly: '市政协', session: { term: 5, meeting: 4, label: '五届四次会议' }, number: '0361' },
    ],
    [
      '某市人民政府关于市十四届人大三次会议第52号建议的答复',
      { kind: 'suggestion', assembly: '市人大', session: { term: 14, meeting: 3, label: '十四届三次会议' }, number: '52' },
    ],
    [
      '某县关于县第十八届人民代表大会第四次会议第17号建议的答复',
      { kind: 'suggestion', assembly: '县人大', session: { term: 18, meeting: 4, label: '十八届四次会议' }, number: '17' },
    ],
    [
      '某市教育局对政协第十四届某某市委员会第三次会议第0123号提案的答复',
      { kind: 'proposal', assembly: '市政协', session: { term: 14, meeting: 3, label: '十四届三次会议' }, number: '0123' },
    ],
  ])('%s', (title, facts) => expect(parseProposalFacts([title], null)).toEqual(facts));
});

describe('category', () => {
  it.each([
    [['澜政建复〔2024〕18号(A类)'], 'A'],
    [['（甲类）'], 'A'],
    [['答复类别：B类'], 'B'],
    [['答复类别：乙类'], 'B'],
    [['泽发改提〔2024〕31号　　　D类'], 'D'],
    [['星卫建复〔2023〕21号（C类）'], 'C'],
    [['对评定为省级甲级、乙级旅游民宿的'], null],
    [['答复函须于交办之日起三个月内寄送，对列为A类的要抓好落实'], null],
    [['正文。', '（丙类）'], 'C'],
  ])('%j → %s', (lines, want) => expect(parseCategory(lines)).toBe(want));
});

describe('contact', () => {
  it.each([
    ['(联系人:苏浩;联系电话:0477-8586566)', { name: '苏浩', phone: '0477-8586566' }],
    ['联 系 人：何静　联系电话：0736-5512088', { name: '何静', phone: '0736-5512088' }],
    ['联系人：许文涛　　联系电话：0762-2218846', { name: '许文涛', phone: '0762-2218846' }],
    ['联系人及电话：张明 0477-1234567', { name: '张明', phone: '0477-1234567' }],
    ['经办人：李娜，13912345678', { name: '李娜', phone: '13912345678' }],
    ['', null],
  ])('%s', (text, want) => expect(parseContact(text)).toEqual(want));
});

describe('leads and terms', () => {
  it.each([
    ['释放政策红利,激发企业活力。在全区范围内', '释放政策红利,激发企业活力'],
    ['常态化举办“科技大讲堂”“两院”院士纷至沓来,推动升级。常态化开展', '常态化举办“科技大讲堂”“两院”院士纷至沓来,推动升级'],
    ['推行加装电梯联合审查', '推行加装电梯联合审查'],
    ['建设 8 家科技企业孵化器。2024 年', '建设8家科技企业孵化器'],
  ])('lead of %s', (text, lead) => expect(leadOf(text)).toBe(lead));
  it('finds quoted terms in order, once each', () => {
    expect(quotedTerms('出台“科技新政 30 条”及《某条例》，落实“科技新政 30 条”与“A”“B”')).toEqual(['科技新政30条', '某条例', 'A', 'B']);
  });
});

describe('enumerators', () => {
  it('finds 一是 only at sentence starts', () => {
    expect(candidateMarkers('一是甲。二是乙；统一是丙。三是丁', 'shi').map((m) => m.ordinal)).toEqual([1, 2, 3]);
  });
  it('does not read 1.86 亿元 as an item', () => {
    expect(candidateMarkers('1.86 亿元，研发投入强度为 1.42%', 'arabic')).toEqual([]);
  });
  it.each([
    [['（一）甲', '一是A。二是B。', '（二）乙'], 'shi'],
    [['（一）甲。', '（二）乙。'], 'paren'],
    [['1. 甲。', '2. 乙。'], 'arabic'],
    [['第一，甲。第二，乙。'], 'di'],
    [['只有一段话。'], null],
  ])('lowest level of %j is %s', (paras, style) => expect(lowestStyle(paras)).toBe(style));
});

import { progressLine } from './progress-bar.ts';
describe('progress bar', () => {
  it.each([
    [0, 4, 'a.txt', '[░░░░░░░░░░] 0/4 a.txt'],
    [2, 4, 'a.txt', '[█████░░░░░] 2/4 a.txt'],
    [4, 4, 'a.txt', '[██████████] 4/4 a.txt'],
    [1, 2, 'letters/2025/a-very-long-name.txt', '[█████░░░░░] 1/2 …ng-name.txt'],
  ])('%i/%i', (done, total, name, want) => expect(progressLine(done, total, name, 10, 30)).toBe(want));
});

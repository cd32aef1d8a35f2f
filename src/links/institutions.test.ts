import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInstitutions, namedInstitutions } from './institutions.ts';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), 'utf8');

describe('namedInstitutions: sentences of the corpus', () => {
  it.each([
    // seed-ordos-0361: a list joined by 、 is four names, not one.
    [
      '三是推动与南方科技大学、上海交通大学、北京科技大学、西安交通大学签署协议,征集合作项目 9 项。',
      ['南方科技大学', '上海交通大学', '北京科技大学', '西安交通大学'],
    ],
    ['常态化开展清华大学本科生化工实践活动,累计 3 批近 150名清华师生在我市化工企业完成暑期化工实践', ['清华大学']],
    ['与上海交通大学、辽宁工程技术大学等 5 所高校共建引才工作站 5 家', ['上海交通大学', '辽宁工程技术大学']],
    ['积极组织企业、高校、科研院所等重点用人单位参加各类招聘活动', []],
    ['一是建设 8 家科技企业孵化器。', []],
    // tongxi-jyj-0215
    ['2. 用好社会科普资源。与市科技馆、桐溪高新区重点企业共建 28 个青少年科普教育基地', ['桐溪高新区']],
    ['1. 推进校内实验室和科创空间建设。新建和改造中小学创新实验室 120 间', []],
    ['每年选拔 200 名具有科技特长的初高中学生进入高校实验室开展课题研究', []],
    ['二是加快补齐农村学校科学教师和实验室短板，力争 2026 年实现乡镇中心校创新实验室全覆盖。', []],
    // heting-wl-0064, langang-rsj-136
    ['推动 35 家企业与省内外高校共建联合实验室，促成合作项目 62 项。', []],
    ['支持企业建设国家级、省级、市级企业技术中心和工程技术研究中心', []],
    ['一是开展“技能岚港”行动，推动校企共建产业学院，提高毕业生与本地岗位的匹配度。', []],
    ['二是建立本地高校毕业生留岚港就业跟踪服务机制', []],
  ])('%s', (text, names) => {
    expect(namedInstitutions(text)).toEqual(names);
  });
});

describe('namedInstitutions: kinds of names', () => {
  it.each([
    ['与桐溪市农业科学院合作建设试验示范基地', ['桐溪市农业科学院']],
    ['与江岚省科学院签署合作协议', ['江岚省科学院']],
    ['依托中国科学院沈阳自动化研究所建设中试基地', ['中国科学院沈阳自动化研究所']],
    ['获批江岚省智能制造重点实验室', ['江岚省智能制造重点实验室']],
    ['入驻鄂尔多斯零碳产业园', ['鄂尔多斯零碳产业园']],
    ['落户桐溪经济技术开发区', ['桐溪经济技术开发区']],
    ['联合霏川职业技术学院开设微专业', ['霏川职业技术学院']],
    ['与同济大学、对外经济贸易大学、华南理工大学和苏州大学合作', ['同济大学', '对外经济贸易大学', '华南理工大学', '苏州大学']],
    ['与上海交通大学医学院共建', ['上海交通大学医学院']],
    ['与南方 科技 大学签署协议', ['南方科技大学']],
    ['与上海交通大学合作，再与上海交通大学续约', ['上海交通大学']],
  ])('%s', (text, names) => {
    expect(namedInstitutions(text)).toEqual(names);
  });
});

describe('namedInstitutions: generic phrases are not names', () => {
  it.each([
    '加强与高校、科研院所合作',
    '与省内外高校共建联合实验室',
    '建设3个重点实验室',
    '新建市级重点实验室和企业重点实验室',
    '国家级经济技术开发区和省级高新区',
    '入驻生物医药产业园',
    '与两所大学合作',
    '组织大学生创业大赛，建设大学城',
    '推动产教融合，建设现代产业学院',
    '市农业科学院派出专家',
    '依托XX大学',
  ])('%s', (text) => {
    expect(namedInstitutions(text)).toEqual([]);
  });

  it('does not run a heading line into the name on the next line', () => {
    expect(namedInstitutions('文旅品牌宣传\n我县联合南方科技大学开展研究')).toEqual(['南方科技大学']);
  });
});

describe('namedInstitutions: the seed letter', () => {
  it('names six universities, first appearance first', () => {
    expect(namedInstitutions(fixture('seed-ordos-0361.txt'))).toEqual([
      '南方科技大学',
      '上海交通大学',
      '北京科技大学',
      '西安交通大学',
      '清华大学',
      '辽宁工程技术大学',
    ]);
  });
});

describe('findInstitutions', () => {
  it('gives offsets in the text given, and keeps the longer of nested names', () => {
    expect(findInstitutions('与 中国科学院沈阳自动化研究所、清华大学合作')).toEqual([
      { at: 2, name: '中国科学院沈阳自动化研究所' },
      { at: 16, name: '清华大学' },
    ]);
  });
});

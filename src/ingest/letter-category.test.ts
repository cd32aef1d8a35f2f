import { describe, expect, it } from 'vitest';
import { parseCategory } from './letter-category.ts';

describe('category forms', () => {
  it.each([
    ['a labelled field', ['答复类别：B类'], 'B'],
    ['a labelled field with 甲乙丙丁', ['答复类别：乙类'], 'B'],
    ['a labelled field without 类', ['答复类别：A'], 'A'],
    ['办理类别', ['办理类别：丙类'], 'C'],
    ['办理结果', ['办理结果：A类（已解决或采纳）'], 'A'],
    ['答复类型', ['答复类型：D类'], 'D'],
    ['a field inside a long line', ['根据办理情况，本件答复类别为丙类（因条件限制暂不能解决）。感谢您对我市交通发展的关心和支持。'], 'C'],
    ['a bare stamp', ['（甲类）'], 'A'],
    ['a stamp without brackets', ['A类'], 'A'],
    ['a stamp in 【】', ['【B类】'], 'B'],
    ['a stamp with its meaning', ['A类（已解决或采纳）'], 'A'],
    ['after the 文号 in brackets', ['星卫建复〔2023〕21号（C类）'], 'C'],
    ['after the 文号 past a gap', ['泽发改提〔2024〕31号　　D类'], 'D'],
    ['beside the 签发人', ['A类　　签发人：王强'], 'A'],
    ['属于…类答复', ['经研究，该提案属于B类答复。'], 'B'],
    ['列为…类', ['本件建议列为丁类，留作参考。'], 'D'],
    ['确定为…类办理', ['经研究，确定为A类办理。'], 'A'],
    ['a full-width letter', ['答复类别：Ｃ类'], 'C'],
    ['spaced out', ['答 复 类 别 ： B 类'], 'B'],
  ])('%s: %j → %s', (_, lines, want) => expect(parseCategory(lines)).toBe(want));

  it.each([
    ['A类地区', ['我县属于A类地区，享受政策倾斜。']],
    ['B类车辆', ['对B类车辆实行限行。']],
    ['A类人才', ['引进A类人才12名。']],
    ['三级甲等', ['创建三级甲等医院。']],
    ['甲级资质', ['取得甲级资质的企业']],
    ['乙类传染病', ['新冠感染按乙类传染病管理。']],
    ['5A级', ['创建国家5A级旅游景区。']],
    ['a letter in a 文号', ['政提字〔2025〕A037号']],
    ['（分办） stamp', ['（分办）']],
    ['（协办） stamp', ['（协办）']],
    ['a news sentence', ['答复函须于交办之日起三个月内寄送，对列为A类的要抓好落实']],
    ['甲级、乙级', ['对评定为省级甲级、乙级旅游民宿的']],
  ])('never from a decoy: %s', (_, lines) => expect(parseCategory(lines)).toBe(null));
});

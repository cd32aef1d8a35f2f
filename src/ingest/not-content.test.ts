import { describe, expect, it } from 'vitest';
import { isNotContent, parseDisclosure } from './not-content.ts';
import { viewOf } from './parse-view.ts';

const v = (line: string) => viewOf(line).text;

describe('lines that are never part of a value', () => {
  it.each([
    ['公开属性：主动公开', '主动公开'],
    ['公开方式：依申请公开', '依申请公开'],
    ['公开属性：不予公开', '不予公开'],
    ['（此件公开发布）', '主动公开'],
    ['(此件公开发布)', '主动公开'],
    ['（此件不予公开）', '不予公开'],
    ['公开类型：免予公开', '不予公开'],
    ['公 开 属 性 ： 主 动 公 开', '主动公开'],
  ])('%s → disclosure %s', (line, disclosure) => {
    expect(isNotContent(v(line))).toBe(true);
    expect(parseDisclosure([v(line)])).toBe(disclosure);
  });

  it.each([
    ['附件：1. 工作方案'],
    ['附件1：名单'],
    ['主办单位：市教育局'],
    ['协办单位：市财政局、市人社局'],
    ['会办单位：市住建局'],
    ['（代章）'],
    ['（此页无正文）'],
  ])('%s', (line) => expect(isNotContent(v(line))).toBe(true));

  it.each([['感谢您的关心和支持。'], ['某市教育局'], ['公开招聘教师120名。']])('%s is content', (line) =>
    expect(isNotContent(v(line))).toBe(false),
  );

  it('gives null where no disclosure is printed', () => expect(parseDisclosure([v('某市教育局')])).toBe(null));
});

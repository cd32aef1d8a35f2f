/** Hostile letter text, escaped, must compile with the real MDX compiler and come out unchanged. */
import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { escapeMdxText } from './mdx-escape.ts';
import { mdxBodyText } from './text-check.ts';

const HOSTILE = [
  '奖补金额={当年研发投入-上年研发投入}×10%',
  '{2025}',
  '{年度计划}',
  '对研发投入强度<3%且营业收入>5000 万元的企业',
  '研发（R&D）经费 &amp; &lt;b&gt; &#x41;',
  '#3 楼建成区级检验检测平台',
  '## 不是标题',
  '-5℃ 时由乡镇道路管理员提前撒布融雪剂',
  '- 不是列表',
  '+ 也不是',
  '* 还不是 *强调* **粗体** _下划线_',
  '1.86 亿元，研发投入强度为 1.42%',
  '1. 扩充专职科学教师数量。',
  '2) 第二项',
  '> 不是引用',
  'import fs from "node:fs"',
  'export const x = 1',
  '<script>alert(1)</script>',
  '<!-- 注释 -->',
  '`代码` ``双``',
  '[链接](http://example.com) ![图](x.png) <http://example.com>',
  '反斜杠 \\ 和 \\{ 和 C:\\path\\n',
  '管道 | 表格 | 分隔',
  '~~删除线~~ ~下标~ ^上标^ $x$ $$y$$',
  '"直引号" \'单引号\' -- 破折号 --- 省略...',
  '===',
  '---',
  '___',
  '    四个空格开头的代码块',
  '&nbsp;',
  '尾随两个空格  ',
  ' 二 是 一个空格开头（切在空格后的段落）',
  '一 是 一个空格结尾 ',
  '\t制表符开头',
  '＜全角＞｛全角｝',
];

describe('escapeMdxText', () => {
  it.each(HOSTILE)('%s', async (text) => {
    const paragraph = text;
    const body = `<Measure id="m1-1">\n\n${escapeMdxText(paragraph)}\n\n</Measure>\n`;
    expect(mdxToJs(body, { features: { smartPunctuation: false, gfm: false } }).code).toContain('Measure');
    expect((await mdxBodyText(body)).join('')).toBe(paragraph);
  });

  it('leaves Chinese text and its punctuation alone', () => {
    const text = '一是释放政策红利，激发企业活力。“科技新政 30 条”及《条例》（试行）；';
    expect(escapeMdxText(text)).toBe(text);
  });
});

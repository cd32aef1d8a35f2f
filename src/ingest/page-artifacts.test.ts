import { describe, expect, it } from 'vitest';
import { isPageNumber } from './page-artifacts.ts';
import { repairText } from './repair-text.ts';

describe('page footers', () => {
  it.each([
    ['第2页/共3页'],
    ['- 2 -'],
    ['-2-'],
    ['· 2 ·'],
    ['•2•'],
    ['— 2 —'],
    ['－ 4 －'],
    ['第 2 页 共 4 页'],
    ['第2页，共4页'],
    ['第２页'],
    ['2/4'],
    ['共4页第2页'],
    ['Page 2 of 4'],
  ])('%s is a page number', (line) => expect(isPageNumber(line)).toBe(true));

  it.each([['- 3 米'], ['-5℃ 时由乡镇'], ['2024年'], ['一、关于'], ['-2.3 米的'], ['第2页的表格显示']])('%s is text', (line) =>
    expect(isPageNumber(line)).toBe(false),
  );
});

describe('running headers', () => {
  it.each([
    [
      'a header after each page number',
      '甲，乙\n— 2 —\n某县人民政府提案答复\n丙。\n— 3 —\n某县人民政府提案答复\n丁。',
      ['甲，乙丙。', '丁。'],
    ],
    [
      'the title repeated at a page top, no page number',
      '某县人民政府关于县政协十届四次会议第56号提案的答复\n王明委员：\n一是推进，\n某县人民政府关于县政协十届四次会议第56号提案的答复\n落实。',
      ['某县人民政府关于县政协十届四次会议第56号提案的答复', '王明委员：', '一是推进，落实。'],
    ],
    [
      'the title printed over two lines, repeated on one at a page top',
      '某县人民政府关于县政协十届\n四次会议第56号提案的答复\n王明委员：\n一、工作\n（一）推进。\n二、推进高标准农田建设\n— 2 —\n某县人民政府关于县政协十届四次会议第56号提案的答复\n一是推进。',
      [
        '某县人民政府关于县政协十届四次会议第56号提案的答复',
        '王明委员：',
        '一、工作',
        '（一）推进。',
        '二、推进高标准农田建设',
        '一是推进。',
      ],
    ],
    [
      'the 文号 repeated at a page top',
      '某政提〔2025〕56号\n王明委员：\n一是推进，\n某政提〔2025〕56号\n落实。',
      ['某政提〔2025〕56号', '王明委员：', '一是推进，落实。'],
    ],
    [
      'a running header holding the 文号 and the page number',
      '某政提〔2025〕56号\n某县人民政府关于县政协十届四次会议第56号提案的答复\n王明委员：\n您的提案收悉。\n现答复如下：\n一、工作\n（一）推进。\n（二）落实。\n（三）完善。\n（四）加强。\n（五）规范。\n一是推进，\n某政提〔2025〕56号 第2页\n落实。',
      [
        '某政提〔2025〕56号',
        '某县人民政府关于县政协十届四次会议第56号提案的答复',
        '王明委员：',
        '您的提案收悉。',
        '现答复如下：',
        '一、工作',
        '（一）推进。',
        '（二）落实。',
        '（三）完善。',
        '（四）加强。',
        '（五）规范。',
        '一是推进，落实。',
      ],
    ],
    ['a 第2页/共3页 footer in a hard-wrapped text', '一是推进，完善制度\n第1页/共2页\n落实。', ['一是推进，完善制度落实。']],
  ])('%s', (_, text, want) => expect(repairText(text).paragraphs).toEqual(want));
});

import { describe, expect, it } from 'vitest';
import { isPageNumber, repairPdfText, tidySpaces, type PdfItem, type PdfPage } from './repair-pdf-text.ts';

// A synthetic A4 page: body from x=56.8 to x=536.8, 10 pt type, 14.4 pt pitch.
const L = 56.8;
const R = 536.8;
const em = (s: string) => [...s].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? 5.5 : 10), 0);

/** One run; `width` defaults to its natural width. */
const run = (str: string, x: number, y: number, width = em(str)): PdfItem => ({ str, x, y, width, size: 10 });
/** A line that reaches the right margin (a wrapped line). */
const full = (str: string, y: number, x = L): PdfItem => run(str, x, y, R - x);
/** A line that stops where its text ends. */
const short = (str: string, y: number, x = L): PdfItem => run(str, x, y);
const page = (...items: PdfItem[]): PdfPage => ({ width: 595.3, items });

describe('repairPdfText', () => {
  const cases: [string, PdfPage[], string][] = [
    ['nothing', [page()], ''],
    [
      'wrapped lines rejoin, a split number included; a blank line ends a paragraph',
      [page(full('截至 2023 年底累计完成加装电梯 11', 700), short('26 台，惠及居民。', 685.6), short('一、关于简化审批流程', 656.9))],
      '截至2023年底累计完成加装电梯1126台，惠及居民。\n一、关于简化审批流程\n',
    ],
    [
      'no blank lines: a short line ends a paragraph, a first-line indent starts one',
      [
        page(
          full('　　第一段开头', 700, L + 20),
          full('第一段续行', 685.6),
          short('第一段结束。', 671.2),
          full('第二段开头', 656.8, L + 20),
          short('结束', 642.4),
        ),
      ],
      '第一段开头第一段续行第一段结束。\n第二段开头结束\n',
    ],
    [
      'a sentence ending at the margin: an enumerator opens a paragraph, an inline 二是 does not',
      [page(full('一是优化服务。', 700), full('二是细化规则。', 685.6), short('（二）推广保险', 671.2))],
      '一是优化服务。二是细化规则。\n（二）推广保险\n',
    ],
    [
      'a page-number line stays on its own even after a full line',
      [
        page(
          full('拨付补助资金', 700),
          short('— 2 —', 685.6),
          full('支持业主', 671.2),
          short('-3-', 656.8),
          short('第 2 页 共 4 页', 642.4),
        ),
      ],
      '拨付补助资金\n— 2 —\n支持业主\n-3-\n第2页 共4页\n',
    ],
    [
      'a one-em gap is a U+3000; a small synthesised space is dropped',
      [page(run('联 系 人：何静', L, 700), run(' ', L + 71, 700, 10), run('联系电话：0736-5512088', L + 81, 700))],
      '联 系 人：何静　联系电话：0736-5512088\n',
    ],
    [
      'runs of one line in several fonts join without gaps',
      [page(run('（三）明', L, 700), run('确', L + 40, 700), run('不动产', L + 50, 700))],
      '（三）明确不动产\n',
    ],
    [
      'a footer drawn first is put back at the bottom',
      [page(short('— 1 —', 60), short('澜江市人民政府文件', 770), short('签发人：周启明', 741.3))],
      '澜江市人民政府文件\n签发人：周启明\n— 1 —\n',
    ],
    [
      'a paragraph carries over a page break',
      [page(short('标题', 770), full('现将办理情况答', 100)), page(short('复如下：', 770))],
      '标题\n现将办理情况答复如下：\n',
    ],
    [
      'a running header is not glued into the paragraph it interrupts',
      [
        page(short('澜江市人民政府文件', 770), full('第一页正文', 741.3), full('未完', 726.9)),
        page(short('澜江市人民政府文件', 770), short('续完。', 741.3)),
      ],
      '澜江市人民政府文件\n第一页正文未完\n澜江市人民政府文件\n续完。\n',
    ],
    ['English words wrapped at a space get it back', [page(full('the quick', 700), short('brown fox', 685.6))], 'the quick brown fox\n'],
  ];
  it.each(cases)('%s', (_name, pages, expected) => {
    expect(repairPdfText(pages)).toBe(expected);
  });
});

describe('tidySpaces', () => {
  it.each([
    ['澜政建复〔2024〕18 号(A 类)', '澜政建复〔2024〕18号(A类)'],
    ['截至 2023 年底累计 1126 台', '截至2023年底累计1126台'],
    ['率达到 54%。', '率达到54%。'],
    ['-5℃ 时由', '-5℃时由'],
    ['联 系 人：何静', '联 系 人：何静'],
    ['推进 R&D  投入', '推进R&D投入'],
    ['see  the report ', 'see the report'],
    ['— 2 —', '— 2 —'],
  ])('%s → %s', (input, expected) => {
    expect(tidySpaces(input)).toBe(expected);
  });
});

describe('isPageNumber', () => {
  it.each([
    ['— 2 —', true],
    ['—2—', true],
    ['-3-', true],
    ['- 12 -', true],
    ['第 2 页 共 4 页', true],
    ['第2页', true],
    ['3/4', true],
    ['2', false],
    ['-5℃ 时由乡镇道路管理员', false],
    ['第二，实施生命安全防护工程。', false],
  ])('%s → %s', (line, expected) => {
    expect(isPageNumber(line)).toBe(expected);
  });
});

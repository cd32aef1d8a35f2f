import { describe, expect, it } from 'vitest';
import { lowestStyle, type EnumStyle } from './enumerators.ts';
import { splitBody, splitItems } from './split-body.ts';
import { viewOf } from './parse-view.ts';

const leads = (paragraphs: string[]) =>
  splitItems(paragraphs.map(viewOf), (k) => `m1-${k}`, false).items.flatMap((it) => (it.kind === 'measure' ? [it.measure.lead] : []));

describe('enumerators that mark items', () => {
  it.each<[string, string[], EnumStyle, string[]]>([
    ['一是 inline', ['重点做了以下工作：一是加强监管。二是加大投入。'], 'shi', ['加强监管', '加大投入']],
    ['（一） lines', ['（一）加强监管。内容。', '（二）加大投入。内容。'], 'paren', ['加强监管', '加大投入']],
    ['half-width (一)', ['(一)加强监管。', '(二)加大投入。'], 'paren', ['加强监管', '加大投入']],
    ['1.', ['1. 加强监管。', '2. 加大投入。'], 'arabic', ['加强监管', '加大投入']],
    ['1．', ['1．加强监管。', '2．加大投入。'], 'arabic', ['加强监管', '加大投入']],
    ['1、', ['1、加强监管。', '2、加大投入。'], 'arabic', ['加强监管', '加大投入']],
    ['1） half bracket', ['1）加强监管。', '2）加大投入。'], 'arabic', ['加强监管', '加大投入']],
    ['１． full-width digits', ['１．加强监管。', '２．加大投入。'], 'arabic', ['加强监管', '加大投入']],
    ['（1）', ['（1）加强监管。', '（2）加大投入。'], 'paren-arabic', ['加强监管', '加大投入']],
    ['① inline', ['具体做法：①加强监管。②加大投入。③强化考核。'], 'circled', ['加强监管', '加大投入', '强化考核']],
    ['第一，', ['第一，加强监管。第二，加大投入。'], 'di', ['加强监管', '加大投入']],
    ['● bullets', ['● 加强监管。', '● 加大投入。'], 'bullet', ['加强监管', '加大投入']],
    ['■ bullets', ['■加强监管。', '■加大投入。'], 'bullet', ['加强监管', '加大投入']],
    ['—— bullets', ['——加强监管。', '——加大投入。'], 'bullet', ['加强监管', '加大投入']],
    ['an item opening with a year', ['1.2024年起加强监管。', '2.2025年加大投入。'], 'arabic', ['2024年起加强监管', '2025年加大投入']],
    [
      'two levels: the lower is taken',
      ['1、加强监管', '（1）健全制度。', '（2）强化执法。', '2、加大投入', '（1）设立基金。'],
      'paren-arabic',
      ['健全制度', '强化执法', '设立基金'],
    ],
    ['spaced-out', ['一 是 加 强 监 管 。 二 是 加 大 投 入 。'], 'shi', ['加强监管', '加大投入']],
  ])('%s', (_, paragraphs, style, want) => {
    expect(lowestStyle(paragraphs.map((p) => viewOf(p).text))).toBe(style);
    expect(leads(paragraphs)).toEqual(want);
  });
});

describe('text that is not items', () => {
  it.each([
    ['首先/其次/最后', ['首先，加强监管。其次，加大投入。最后，强化考核。']],
    ['一方面/另一方面/此外', ['一方面加强监管；另一方面加大投入。此外，强化考核。']],
    ['a minus before a number', ['水位低于', '- 3 米时启动预案。', '- 2 米时解除。']],
    ['a wrapped decimal', ['总投资达', '1. 5 万元，覆盖', '2. 3 万户。']],
    ['统一是 inside a sentence', ['统一是关键。']],
    ['a table pasted with tabs', ['项目\t2023年\t2024年', '1.5\t2.6\t3.1']],
  ])('%s', (_, paragraphs) => expect(leads(paragraphs)).toEqual([]));
});

describe('sections and next steps', () => {
  const body = (lines: string[]) => splitBody(lines.map(viewOf));
  it.each([
    ['一、 headings', ['现答复如下：', '一、加强监管', '1. 健全制度。', '2. 强化执法。', '二、加大投入', '正文。']],
    ['一． headings', ['现答复如下：', '一．加强监管', '1. 健全制度。', '2. 强化执法。', '二．加大投入', '正文。']],
  ])('%s', (_, lines) => {
    const b = body(lines);
    expect(b.sections.map((s) => [s.heading, s.items.flatMap((it) => (it.kind === 'measure' ? [it.measure.lead] : []))])).toEqual([
      ['加强监管', ['健全制度', '强化执法']],
      ['加大投入', []],
    ]);
  });

  it.each([['下一步'], ['下步'], ['今后'], ['下阶段'], ['接下来']])('next steps opened by %s', (word) => {
    const b = body(['现答复如下：', '一、加强监管', '正文。', `${word}，我局将：一是扩大覆盖。二是加强指导。`, '专此函复。']);
    expect(b.nextSteps?.flatMap((it) => (it.kind === 'measure' ? [it.measure.lead] : []))).toEqual(['扩大覆盖', '加强指导']);
    expect(b.closing).toEqual(['专此函复。']);
  });
});

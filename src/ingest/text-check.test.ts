import { describe, expect, it } from 'vitest';
import { checkNothingLost } from './text-check.ts';

describe('checkNothingLost', () => {
  it.each([
    [
      'the same text in blocks',
      '<Measure id="m1-1">\n\n一是加强监管。\n\n</Measure>\n\n<Measure id="m1-2">\n\n二是加大投入。\n\n</Measure>\n',
      ['一是加强监管。二是加大投入。'],
      null,
    ],
    [
      'a space at a cut between blocks, kept as a character reference',
      '一 是 加 强 。&#32;\n\n二 是 投 入 。\n',
      ['一 是 加 强 。 二 是 投 入 。'],
      null,
    ],
    [
      'a space Markdown trims at a cut',
      '一 是 加 强 。 \n\n二 是 投 入 。\n',
      ['一 是 加 强 。 二 是 投 入 。'],
      'text differs at character 9: expected “ 二 是 投 入 。”, MDX gives “二 是 投 入 。”',
    ],
    [
      'a character lost inside a block',
      '一是加监管。\n',
      ['一是加强监管。'],
      'text differs at character 3: expected “强监管。”, MDX gives “监管。”',
    ],
    [
      'a space lost inside a block',
      '一是加强监管。\n',
      ['一是 加强监管。'],
      'text differs at character 2: expected “ 加强监管。”, MDX gives “加强监管。”',
    ],
    [
      'a block lost at the end',
      '一是加强。\n',
      ['一是加强。二是投入。'],
      'text differs at character 5: expected “二是投入。”, MDX gives “”',
    ],
    ['text added', '一是加强。\n\n多出。\n', ['一是加强。'], 'text differs at character 5: expected “”, MDX gives “多出。”'],
  ])('%s', async (_, body, paragraphs, want) => expect(await checkNothingLost(body, paragraphs)).toBe(want));
});

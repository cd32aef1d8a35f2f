import { describe, expect, it } from 'vitest';
import { parseProposalFacts } from './proposal-facts.ts';
import { viewOf } from './parse-view.ts';

const facts = (title: string) => parseProposalFacts([viewOf(title).text], null);

describe('levels and sessions', () => {
  it.each([
    ['市政协', '某市人民政府关于市政协五届四次会议第0361号提案的答复函', '市政协', [5, 4, '五届四次会议'], '0361', 'proposal'],
    ['县政协', '关于县政协十二届二次会议第31号提案的协办意见', '县政协', [12, 2, '十二届二次会议'], '31', 'proposal'],
    ['区政协', '关于区政协七届三次会议第64号提案的答复', '区政协', [7, 3, '七届三次会议'], '64', 'proposal'],
    ['州政协', '关于州政协十一届一次会议第8号提案的答复', '州政协', [11, 1, '十一届一次会议'], '8', 'proposal'],
    ['省政协', '关于省政协十三届二次会议第1203号提案的答复', '省政协', [13, 2, '十三届二次会议'], '1203', 'proposal'],
    ['市十三届人大三次会议', '关于市十三届人大三次会议第52号建议的答复', '市人大', [13, 3, '十三届三次会议'], '52', 'suggestion'],
    ['省十四届人大二次会议', '关于省十四届人大二次会议第0815号建议的答复', '省人大', [14, 2, '十四届二次会议'], '0815', 'suggestion'],
    [
      '县第十八届人民代表大会第四次会议',
      '某县关于县第十八届人民代表大会第四次会议第17号建议的答复',
      '县人大',
      [18, 4, '十八届四次会议'],
      '17',
      'suggestion',
    ],
    [
      '政协第X届…委员会第Y次会议',
      '关于政协第十四届鄂尔多斯市委员会第三次会议第0123号提案的答复',
      '市政协',
      [14, 3, '十四届三次会议'],
      '0123',
      'proposal',
    ],
    [
      '政协…市第X届委员会',
      '关于政协鄂尔多斯市第五届委员会第四次会议第0361号提案的答复',
      '市政协',
      [5, 4, '五届四次会议'],
      '0361',
      'proposal',
    ],
    ['national 人大', '对十四届全国人大二次会议第1234号建议的答复', '全国人大', [14, 2, '十四届二次会议'], '1234', 'suggestion'],
    [
      'national 人大 spelled out',
      '关于第十四届全国人民代表大会第二次会议第5678号建议的答复',
      '全国人大',
      [14, 2, '十四届二次会议'],
      '5678',
      'suggestion',
    ],
    ['national 政协', '关于政协十四届全国委员会第三次会议第02315号提案的答复', '全国政协', [14, 3, '十四届三次会议'], '02315', 'proposal'],
    [
      'a class number beside the number',
      '关于政协十四届全国委员会第三次会议第02315号（经济发展类187号）提案答复的函',
      '全国政协',
      [14, 3, '十四届三次会议'],
      '02315',
      'proposal',
    ],
    ['Arabic session numbers', '关于市政协5届4次会议第12号提案的答复', '市政协', [5, 4, '五届四次会议'], '12', 'proposal'],
    ['spaces in the number', '关于市政协五届四次会议第 1 2 号提案的答复', '市政协', [5, 4, '五届四次会议'], '12', 'proposal'],
  ])('%s', (_, title, assembly, [term, meeting, label], number, kind) =>
    expect(facts(title)).toEqual({ kind, assembly, session: { term, meeting, label }, number }),
  );

  it('reads the kind from the assembly when the title names no item', () => {
    expect(facts('关于县政协会议期间所提意见的答复')).toEqual({ kind: 'proposal', assembly: '县政协', session: null, number: null });
  });
});

import { describe, expect, it } from 'vitest';
import { notAReplyLetter } from './letter-genre.ts';
import { viewOf } from './parse-view.ts';

const check = (lines: string[], replyTitle = false) =>
  notAReplyLetter(
    lines.map((l) => viewOf(l).text),
    replyTitle,
  );

describe('files that are not reply letters', () => {
  it.each([
    [
      'a proposal itself',
      ['政协某市第五届委员会第四次会议提案', '第0361号', '提案人：乌力吉仓', '案由：关于激发我市企业科技自主创新活力的提案', '理由：……'],
      'proposal or suggestion itself',
    ],
    [
      'a suggestion itself',
      ['市十四届人大三次会议代表建议', '领衔代表：郑海波', '附议代表：许丽华', '案由：关于加快加装电梯的建议'],
      'proposal or suggestion itself',
    ],
    [
      'a summary report',
      [
        '某市教育局',
        '关于2025年建议提案办理工作情况的报告',
        '市政府：',
        '今年我局共承办建议提案126件，其中主办89件、协办37件，已全部办结，办结率100%。',
      ],
      'summary report',
    ],
    [
      'a summary without a report title',
      ['某市教育局', '各位领导：', '共承办建议45件。', '办结提案81件。', '收到交办12件。', '满意率98%。'],
      'summary report',
    ],
    [
      'a news article',
      ['某市召开建议提案办理工作推进会', '本报讯（记者 王明）4月15日，某市召开会议。', '会议要求对列为A类的提案抓好落实。'],
      'news article',
    ],
    [
      'a notice',
      ['某市人民政府办公室', '关于做好2025年建议提案办理工作的通知', '各县区人民政府，市直各单位：', '现将有关事项通知如下：'],
      'notice',
    ],
  ])('%s', (_, lines, what) => expect(check(lines)?.reason).toContain(what));

  it.each([
    [
      'a reply letter',
      [
        '某市教育局',
        '某教提〔2025〕12号',
        '某市教育局关于市政协五届四次会议第12号提案的答复',
        '张三委员：',
        '您提出的提案收悉，现答复如下：',
      ],
      true,
    ],
    ['a reply quoting counts', ['某市教育局关于市政协五届四次会议第12号提案的答复', '张三委员：', '全市共办理此类投诉32件。'], true],
  ])('%s is not refused', (_, lines, replyTitle) => expect(check(lines, replyTitle)).toBe(null));
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quotedTerms } from '../ingest/extract-terms.ts';
import { measureTerms, quotedWithOffsets } from './measure-terms.ts';

const FIXTURES = new URL('../../tests/fixtures/', import.meta.url);

describe('measureTerms: seed measures and commitments', () => {
  it.each([
    ['一是释放政策红利,激发企业活力。在全区范围内率先出台“科技新政 30 条”及 2.0 版,累计落实科技政策资金超 11 亿元。', ['科技新政30条']],
    [
      '三是推动与南方科技大学、上海交通大学、北京科技大学、西安交通大学签署协议,征集合作项目 9 项。',
      ['南方科技大学', '上海交通大学', '北京科技大学', '西安交通大学'],
    ],
    [
      '四是常态化举办鄂尔多斯“科技大讲堂”“两院”院士纷至沓来。常态化开展清华大学本科生化工实践活动。精准匹配一批“科技副总”和“产业教授”。',
      ['科技大讲堂', '两院', '清华大学', '科技副总', '产业教授'],
    ],
    [
      '2024 年在 40 多所区内外重点高校共举办 51 场“暖城之邀”引才宣介和专场招聘活动,与上海交通大学、辽宁工程技术大学等 5 所高校共建引才工作站 5 家。吸引更多学子在“暖城”就业创业。',
      ['暖城之邀', '上海交通大学', '辽宁工程技术大学', '暖城'],
    ],
    ['四是深入落实“人才新政 30 条”及“科技新政 30 条”2.0 版,支持企业引进培育科技人才。', ['人才新政30条', '科技新政30条']],
    ['编制发布了《鄂尔多斯市重点产业紧缺人才需求目录(白皮书)》', ['鄂尔多斯市重点产业紧缺人才需求目录(白皮书)']],
  ])('%s', (text, terms) => {
    expect(measureTerms(text)).toEqual(terms);
  });
});

describe('measureTerms: deduplication by key, display from the first appearance', () => {
  it.each([
    ['“科技新政 30 条”及“科技新政30条”', ['科技新政30条']],
    ['“科技新政３０条”及“科技新政30条”', ['科技新政３０条']],
    ['与“清华大学”合作，清华大学师生', ['清华大学']],
    ['落实《关于“青苗计划”的实施意见》', ['关于“青苗计划”的实施意见', '青苗计划']],
    ['积极对接江岚省“青苗计划”，进入高校实验室开展课题研究', ['青苗计划']],
    ['“”与《》', []],
    ['', []],
  ])('%s', (text, terms) => {
    expect(measureTerms(text)).toEqual(terms);
  });
});

describe('quotedWithOffsets', () => {
  it('gives the offset of each opening mark, in order', () => {
    expect(quotedWithOffsets('持续开展“三清零”“双倍增”行动')).toEqual([
      { at: 4, term: '三清零' },
      { at: 9, term: '双倍增' },
    ]);
  });

  it('finds the same quoted names as the ingest’s quotedTerms on every fixture letter', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt') && !f.startsWith('malformed-binary'));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(new URL(f, FIXTURES), 'utf8');
      expect([...new Set(quotedWithOffsets(text).map((q) => q.term))], f).toEqual(quotedTerms(text));
    }
  });
});

/**
 * The query terms the search hands Pagefind (src/client/search-query.ts). Recall rests on one
 * property: every CJK term of a query is a bigram of the query itself, so every letter whose
 * indexed text holds the query holds each term as an indexed word (Pagefind 1.6 indexes every
 * adjacent CJK pair) and Pagefind returns it among the candidates the re-check sorts.
 */
import { describe, expect, it } from 'vitest';
import { MAX_RUN_TERMS, textTerms } from '../../src/client/search-query.ts';

const seedText = '三是推动企业科技特派员工作机制。建设11家企业科技特派员工作站。“两院”院士纷至沓来,常态化开展清华大学本科生化工实践活动';

describe('textTerms', () => {
  it('spreads at most MAX_RUN_TERMS bigrams over each CJK run, first pair to last', () => {
    expect(textTerms('力资')).toEqual(['力资']);
    expect(textTerms('技型企')).toEqual(['技型', '型企']);
    expect(textTerms('特派员工')).toEqual(['特派', '员工']);
    expect(textTerms('市场监督管')).toEqual(['市场', '监督', '督管']);
    expect(textTerms('科技特派员工作站')).toEqual(['科技', '派员', '作站']);
    expect(textTerms('科技特派员工作站').length).toBeLessThanOrEqual(MAX_RUN_TERMS);
  });

  it("avoids the archive's most frequent bigrams while a run has others, else takes its rarest", () => {
    const common = ['工作', '开展', '监督', '员工'];
    expect(textTerms('市场监督管', common)).toEqual(['市场', '督管']);
    expect(textTerms('特派员工', common)).toEqual(['特派', '派员']);
    expect(textTerms('开展工作', common)).toEqual(['展工']);
    expect(textTerms('工作', common)).toEqual(['工作']);
    expect(textTerms('开展', common)).toEqual(['开展']);
  });

  it('keeps ASCII words and numbers as terms of their own, lower-cased', () => {
    expect(textTerms('2024年 落实 PVC')).toEqual(['2024', '年', '落实', 'pvc']);
    expect(textTerms('12.5万元')).toEqual(['12', '5', '万元']);
  });

  it('every CJK term of any substring of a text is a bigram of that substring', () => {
    const runs = seedText.match(/[\u4e00-\u9fff]+/gu)!;
    for (const run of runs) {
      const chars = [...run];
      for (let i = 0; i < chars.length; i++) {
        for (let j = i + 2; j <= chars.length; j++) {
          const q = chars.slice(i, j).join('');
          const terms = [...textTerms(q), ...textTerms(q, ['工作', '科技', '企业', '特派', '派员', '院士'])];
          expect(terms.length, q).toBeGreaterThan(0);
          for (const t of terms) {
            expect([...t].length, `${q}: ${t}`).toBe(2);
            expect(q.includes(t), `${q}: ${t}`).toBe(true);
          }
        }
      }
    }
  });
});

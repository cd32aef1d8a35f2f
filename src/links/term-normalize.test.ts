import { describe, expect, it } from 'vitest';
import { normalizeTerm, termDisplay, termSlug } from './term-normalize.ts';

describe('normalizeTerm', () => {
  it.each([
    ['科技新政 30 条', '科技新政30条'],
    ['科技新政30条', '科技新政30条'],
    ['科技新政３０条', '科技新政30条'],
    ['科技新政\u300030\u3000条', '科技新政30条'],
    ['双 30 条', '双30条'],
    ['芷湖县乡村民宿发展专项规划（2023—2030年）', '芷湖县乡村民宿发展专项规划(2023—2030年)'],
    ['鄂尔多斯市重点产业紧缺人才需求目录(白皮书)', '鄂尔多斯市重点产业紧缺人才需求目录(白皮书)'],
    ['ＰＶＣ 无汞化', 'PVC无汞化'],
    ['保险＋期货', '保险+期货'],
    ['企业出题、政府立题、科研院所答题', '企业出题、政府立题、科研院所答题'],
    ['芷湖·栖居', '芷湖·栖居'],
  ])('%s → %s', (input, key) => {
    expect(normalizeTerm(input)).toBe(key);
  });

  it('keeps case: PVC and pvc are two terms', () => {
    expect(normalizeTerm('PVC')).not.toBe(normalizeTerm('pvc'));
  });
});

describe('termDisplay', () => {
  it.each([
    ['科技新政 30 条', '科技新政30条'],
    ['芷湖县乡村民宿发展专项规划（2023—2030年）', '芷湖县乡村民宿发展专项规划（2023—2030年）'],
    ['科技新政３０条', '科技新政３０条'],
    [' 一网通办\n', '一网通办'],
  ])('%s → %s (the letter’s own width kept)', (input, display) => {
    expect(termDisplay(input)).toBe(display);
  });
});

describe('termSlug', () => {
  it('is 10 lowercase hex characters, stable, and differs between keys', () => {
    const a = termSlug('科技新政30条');
    expect(a).toMatch(/^[0-9a-f]{10}$/);
    expect(termSlug('科技新政30条')).toBe(a);
    expect(termSlug('青苗计划')).not.toBe(a);
  });

  it('is the SHA-256 prefix of the key (fixed value)', () => {
    // sha256('abc') = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    expect(termSlug('abc')).toBe('ba7816bf8f');
    expect(termSlug('abc', 16)).toBe('ba7816bf8f01cfea');
  });
});

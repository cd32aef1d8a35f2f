/** The category letters and their 甲乙丙丁 names. */
import type { Category } from './plan.ts';

const CN_CAT: Record<Category, string> = { A: '甲', B: '乙', C: '丙', D: '丁' };

/** 甲 for A, 乙 for B, 丙 for C, 丁 for D. */
export const categoryCn = (c: Category): string => CN_CAT[c];

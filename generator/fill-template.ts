/**
 * Fills the placeholders of vocabulary templates ({n}, {term}, {you} …, see vocab-types.ts and
 * vocab-common.ts) with numbers drawn from the letter's Rng and the letter's context. Unknown
 * braces (a literal `{年度计划}`) are left as they are.
 */
import type { Rng } from './prng.ts';

/** Per-letter context for template filling. */
export type FillContext = {
  /** Year of the letter; {y} is the year before, {y0} earlier, {y1} the year after. */
  year: number;
  /** Fixed word replacements: you, kind, title, self, gov, lead, partners, field, session, place, we, city, prov. */
  words: Record<string, string>;
  /** A shared term with its quotes, e.g. `“揭榜挂帅”`. */
  term: (rng: Rng) => string;
  /** A named institution. */
  inst: (rng: Rng) => string;
};

function percent(rng: Rng): string {
  return rng.chance(0.3) ? `${rng.int(10, 95)}.${rng.int(1, 9)}%` : `${rng.int(5, 95)}%`;
}

function draw(key: string, ctx: FillContext, rng: Rng): string | undefined {
  switch (key) {
    case 'n':
      return String(rng.int(2, 99));
    case 'N':
      return String(rng.int(100, 9999));
    case 'p':
      return percent(rng);
    case 'hp':
      return `${rng.int(85, 99)}.${rng.int(1, 9)}%`;
    case 'w':
      return `${rng.int(20, 9800)}万元`;
    case 'yi':
      return `${rng.int(1, 60)}.${rng.int(1, 9)}亿元`;
    case 'y':
      return String(ctx.year - 1);
    case 'y0':
      return String(ctx.year - rng.int(2, 4));
    case 'y1':
      return String(ctx.year + 1);
    case 'term':
      return ctx.term(rng);
    case 'inst':
      return ctx.inst(rng);
    default:
      return ctx.words[key];
  }
}

/** The template with every known placeholder replaced. */
export function fill(template: string, ctx: FillContext, rng: Rng): string {
  return template.replace(/\{([A-Za-z0-9]+)\}/g, (whole, key: string) => draw(key, ctx, rng) ?? whole);
}

/**
 * Normalises the spacing between CJK characters and numbers: spaced (`2024 年`, `38% 提高`, as
 * PDF-extracted letters print) or tight (`2024年`).
 */
export function normalizeSpacing(text: string, spaced: boolean): string {
  if (!spaced) {
    return text.replace(/([\u4e00-\u9fff]) (\d)/g, '$1$2').replace(/(\d%?) ([\u4e00-\u9fff])/g, '$1$2');
  }
  return text.replace(/([\u4e00-\u9fff])(\d)/g, '$1 $2').replace(/(\d%?)([\u4e00-\u9fff])/g, '$1 $2');
}

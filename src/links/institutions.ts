/**
 * Named institutions in running text: universities, academies and institutes, key labs, and
 * named zones and parks (南方科技大学, 桐溪市农业科学院, 中国科学院XX研究所, XX重点实验室,
 * 桐溪高新区). Precision before recall: a name needs a proper noun before its generic suffix, so
 * 高校, 科研院所, 联合实验室, 省内外高校, 产业学院 are never names. Pure.
 */
import { ADMIN, BOUNDARIES, COUNT, GENERIC, NOT_AFTER, PLACES, SUFFIXES } from './institution-words.ts';

/** One name found: the offset of its first character in the text given, and the name (white space removed). */
export interface FoundInstitution {
  at: number;
  name: string;
}

type Token = { kind: 'place' | 'proper' | 'generic'; text: string };

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const MAX_NAME = 30;
const MAX_LEAD = 8;
const WORD_LENGTHS = [...new Set([...PLACES, ...GENERIC].map((w) => w.length))].sort((a, b) => b - a);
const NEEDS = new Map(SUFFIXES.map((s) => [s.suffix, s.needs]));
// Listed order wins at one start position, so 重点实验室 is tried before 实验室 starts later.
const SUFFIX_RE = new RegExp(SUFFIXES.map((s) => s.suffix + (NOT_AFTER[s.suffix] ? `(?![${NOT_AFTER[s.suffix]}])` : '')).join('|'), 'g');

/** The named institutions of the text, white space removed, first appearance first, each once. */
export function namedInstitutions(text: string): string[] {
  return [...new Set(findInstitutions(text).map((f) => f.name))];
}

/**
 * Every named institution with the offset where it starts in the text, in order. A name
 * inside a longer one (中国科学院 in 中国科学院沈阳自动化研究所) is dropped for the longer.
 */
export function findInstitutions(text: string): FoundInstitution[] {
  // Names are found in the text without spaces (PDF text has 南方科技 大学), but line breaks
  // stay so that a heading line without punctuation does not run into the next line's name.
  const origin: number[] = [];
  let s = '';
  for (const m of text.matchAll(/[^\s\u200B\uFEFF]|\n/g)) {
    s += m[0];
    origin.push(m.index);
  }
  const found: { start: number; end: number }[] = [];
  for (const m of s.matchAll(SUFFIX_RE)) {
    const end = m.index + m[0].length;
    const start = nameStart(s, m.index, NEEDS.get(m[0])!);
    if (start >= 0 && end - start <= MAX_NAME) found.push({ start, end });
  }
  return found
    .filter((f) => !found.some((g) => g !== f && g.start <= f.start && f.end <= g.end && g.end - g.start > f.end - f.start))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((f) => ({ at: origin[f.start], name: s.slice(f.start, f.end) }));
}

/** Where the name whose suffix starts at `at` begins, or -1 when the text before it is no proper noun. */
function nameStart(s: string, at: number, needs: 'lead' | 'place'): number {
  let r = at;
  while (r > 0 && HAN.test(s[r - 1])) r--;
  let start = r;
  // The name starts after the last verb or particle of the running text before it.
  for (const b of BOUNDARIES) {
    const k = s.lastIndexOf(b, at - 1);
    if (k >= r && k + b.length <= at) start = Math.max(start, k + b.length);
  }
  const tokens = tokenize(s.slice(start, at));
  if (tokens.length === 0 || tokens[0].kind === 'generic') return -1;
  if (needs === 'place') return tokens[0].kind === 'place' ? start : -1;
  let lead = 0;
  for (const t of tokens) {
    if (t.kind === 'generic') break;
    lead += t.text.length;
  }
  return lead >= 2 && lead <= MAX_LEAD ? start : -1;
}

/**
 * Splits the text before a suffix into places (gazetteer words, or a proper noun followed by
 * 省/市/县…), generic words (longest match), and runs of other characters (proper nouns).
 */
function tokenize(p: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: Token['kind'], text: string) => {
    const last = tokens.at(-1);
    if (kind === 'proper' && last?.kind === 'proper') last.text += text;
    else tokens.push({ kind, text });
  };
  let i = 0;
  while (i < p.length) {
    const count = COUNT.exec(p.slice(i));
    if (count) {
      push('generic', count[0]);
      i += count[0].length;
      continue;
    }
    const word = longestWord(p, i);
    if (word) {
      push(PLACES.has(word) ? 'place' : 'generic', word);
      i += word.length;
      continue;
    }
    const ch = p[i];
    const last = tokens.at(-1);
    if (ADMIN.has(ch)) {
      // 桐溪市, 江岚省: an administrative suffix turns the proper noun before it into a place.
      if (last && last.kind !== 'generic') {
        last.kind = 'place';
        last.text += ch;
      } else push('generic', ch);
    } else push('proper', ch);
    i++;
  }
  return tokens;
}

/** The longest gazetteer or generic word at offset i, or undefined. */
function longestWord(p: string, i: number): string | undefined {
  for (const n of WORD_LENGTHS) {
    if (i + n > p.length) continue;
    const w = p.slice(i, i + n);
    if (PLACES.has(w) || GENERIC.has(w)) return w;
  }
  return undefined;
}

/**
 * A measure's (or 下一步 commitment's) terms: the names it puts in “…” / 《…》 and the named
 * institutions it mentions, in the letter's own spelling (white space removed), first
 * appearance first, each term once by its key (科技新政 30 条 = 科技新政30条). Pure.
 */
import { findInstitutions } from './institutions.ts';
import { normalizeTerm, termDisplay } from './term-normalize.ts';

// The same marks and limit as the ingest's `quotedTerms`, so a letter's and its measures'
// quoted terms agree.
const PAIRS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』' };
const MAX_TERM = 60;

/** One term found: where its opening mark (or the institution's name) starts, and its display form. */
export interface FoundTerm {
  at: number;
  term: string;
}

/** The measure's terms: quoted names and named institutions, display forms, deduplicated by key. */
export function measureTerms(text: string): string[] {
  const found = [...quotedWithOffsets(text), ...findInstitutions(text).map((f) => ({ at: f.at, term: f.name }))];
  // Stable sort: at one offset (an institution in quotes, “清华大学”) the quoted form comes first.
  found.sort((a, b) => a.at - b.at);
  const keys = new Set<string>();
  const terms: string[] = [];
  for (const f of found) {
    const key = normalizeTerm(f.term);
    if (keys.has(key)) continue;
    keys.add(key);
    terms.push(f.term);
  }
  return terms;
}

/**
 * The “…”, 《…》, 「…」, 『…』 names with the offset of their opening mark, in the order of
 * those marks; nested marks give both names (《关于“青苗计划”的通知》); empty names and names
 * over 60 characters are skipped.
 */
export function quotedWithOffsets(text: string): FoundTerm[] {
  const found: FoundTerm[] = [];
  const open: { ch: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (PAIRS[ch]) {
      open.push({ ch, at: i });
      continue;
    }
    const k = open.findLastIndex((o) => PAIRS[o.ch] === ch);
    if (k < 0) continue;
    const { at } = open[k];
    open.length = k;
    const term = termDisplay(text.slice(at + 1, i));
    if (term && term.length <= MAX_TERM) found.push({ at, term });
  }
  return found.sort((a, b) => a.at - b.at);
}

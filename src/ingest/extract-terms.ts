/**
 * Terms: what a letter puts in “…” or 《…》 — programmes, policies, platforms, slogans — white
 * space removed, first appearance first, each once. Pure.
 */

const PAIRS: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』' };
const MAX_TERM = 60;

/** The quoted and bracketed names in the text, in order of their opening mark. */
export function quotedTerms(text: string): string[] {
  const found: { at: number; term: string }[] = [];
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
    const term = text.slice(at + 1, i).replace(/[\s\u3000]+/g, '');
    if (term && term.length <= MAX_TERM && !term.includes('\n')) found.push({ at, term });
  }
  found.sort((a, b) => a.at - b.at);
  return unique(found.map((f) => f.term));
}

/** The letter's terms: every quoted name except the proposal's own title. */
export function letterTerms(paragraphs: string[], proposalTitle: string | null): string[] {
  return quotedTerms(paragraphs.join('\n')).filter((t) => t !== proposalTitle);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

/**
 * The search page's pure parts: how a query is planned, and how a Pagefind result is shown (the
 * measure where the query occurs, an escaped excerpt).
 */
import type { PagefindStoredFragment, PagefindSubResult } from './pagefind-api.ts';
import { normalize, unquote, squash, textTerms, parseNumber, nameLike, type NumberQuery } from './search-query.ts';

/** What a query asks for (see plan). */
export interface Plan {
  q: string;
  phrase: boolean;
  text: string;
  number: NumberQuery | null;
  /** Only letters holding the query are listed (a phrase, a bare number). */
  strict: boolean;
  name: string | null;
  terms: string[];
  /** Where in the squashed, lower-cased text the query occurs: [start, length] or null. */
  find: (s: string) => [number, number] | null;
}

/** A sub-result as listed, with its rank in Pagefind's order. */
export type SubView = PagefindSubResult & { i: number };

/** A letter as listed: exact (holding the query, with the measure where it occurs) or related. */
export interface ResultView {
  url: string;
  /** The letter's page, whatever anchor `url` has: one entry a letter. */
  page: string;
  title: string;
  number: string;
  exact: boolean;
  /** Found in the key index (number, 文号, member). */
  key?: boolean;
  subs?: SubView[];
  /** HTML: escaped text with `<mark>` around the query, or Pagefind's excerpt. */
  excerpt?: string;
  where?: string;
}

/** A page's data as the re-check reads it: its stored fragment, or Pagefind's `data()` of it. */
export type FragmentLike = PagefindStoredFragment & { raw_content?: string; excerpt?: string; sub_results?: PagefindSubResult[] };

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => escapes[c]);

/** What the query asks for: phrase?, the text, a number, a name, Pagefind terms (steered away from
 *  the archive's `common` bigrams, see textTerms), the exact test. */
export function plan(q: string, common: readonly string[] = []): Plan {
  const { phrase, text } = unquote(normalize(q));
  const number = phrase ? null : parseNumber(text);
  const plain = number && !number.doc && !number.year && !number.session;
  const needle = squash(text).toLowerCase();
  return {
    q,
    phrase,
    text,
    number,
    strict: phrase || !!plain,
    name: !phrase && nameLike(text) ? text : null,
    // A plain number query holds a digit run: parseNumber read it.
    terms: plain ? [/\d+/.exec(text)![0]] : textTerms(text, common),
    find: plain
      ? (s) => {
          const m = new RegExp(`(?<![0-9])0*${number.num}(?![0-9])`).exec(s);
          return m ? [m.index, m[0].length] : null;
        }
      : (s) => {
          const at = needle ? s.indexOf(needle) : -1;
          return at < 0 ? null : [at, needle.length];
        },
  };
}

/** A Pagefind result as listed: exact (with the measure where the query occurs) or not. */
export function resultView(d: FragmentLike, p: Plan | null): ResultView {
  const v: ResultView = {
    url: d.url,
    page: d.url,
    title: d.meta.title || d.url,
    number: d.meta.number || '',
    exact: !p,
    subs: [],
    excerpt: d.excerpt,
  };
  if (!p) return v;
  // The text squashed and lower-cased, and for each of its UTF-16 units the word it came from.
  const parts: string[] = [];
  const at: number[] = [];
  (d.raw_content ?? d.content ?? '').split('\u200b').forEach((w, i) => {
    const t = w.replace(/\s+/g, '').toLowerCase();
    parts.push(t);
    for (let k = 0; k < t.length; k++) at.push(i);
  });
  const s = parts.join('');
  const hit = p.find(s);
  if (!hit) {
    v.subs = (d.sub_results || [])
      .map((x, i) => ({ ...x, i }))
      .filter((x) => /#[mn]\d/.test(x.url))
      .sort((a, b) => (b.locations?.length || 0) - (a.locations?.length || 0) || a.i - b.i)
      .slice(0, 3);
    return v;
  }
  v.exact = true;
  const word = at[hit[0]];
  const anchor = (d.anchors || []).filter((a) => a.id && /^[smn]\d/.test(a.id) && a.location <= word).at(-1);
  if (anchor) v.url = `${d.url}#${anchor.id}`;
  v.where = anchor ? anchor.text || anchor.id : '';
  const from = Math.max(0, hit[0] - 30);
  v.excerpt =
    (from ? '…' : '') +
    esc(s.slice(from, hit[0])) +
    '<mark>' +
    esc(s.slice(hit[0], hit[0] + hit[1])) +
    '</mark>' +
    esc(s.slice(hit[0] + hit[1], hit[0] + hit[1] + 60)) +
    '…';
  return v;
}

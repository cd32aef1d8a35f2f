/**
 * The search page's pure parts: how a query is planned, how Pagefind is made to split it as
 * given, and how a result is shown (the measure where the query occurs, an escaped excerpt).
 */
import { normalize, unquote, squash, textTerms, parseNumber, nameLike } from './search-query.js';

/**
 * Pagefind segments CJK queries with Intl.Segmenter (differently from its indexer); this page
 * hands it terms already split. So on this page Intl.Segmenter is replaced by plain code: words
 * are split at white space, graphemes are code points (Pagefind joins a word's graphemes back
 * together, so a grapheme cut in two changes nothing). It never builds ICU's segmenter for
 * Chinese, which cost the first search 80–100 ms even for graphemes.
 */
export function plainSegmenter() {
  if (globalThis.Intl?.Segmenter?.archivePlain) return;
  class Segmenter {
    constructor(locale, options) { this.granularity = options?.granularity ?? 'grapheme'; }
    segment(input) {
      const s = String(input);
      const words = this.granularity === 'word';
      return [...s.matchAll(words ? /\s+|\S+/gu : /[\s\S]/gu)].map((m) => ({
        segment: m[0], index: m.index, input: s, ...(words ? { isWordLike: !/^\s/u.test(m[0]) } : {}),
      }));
    }
    resolvedOptions() { return { locale: 'zh-CN', granularity: this.granularity }; }
    static supportedLocalesOf(locales) { return [].concat(locales ?? []); }
  }
  Segmenter.archivePlain = true;
  globalThis.Intl.Segmenter = Segmenter;
}

const esc = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** What the query asks for: phrase?, the text, a number, a name, Pagefind terms (steered away from
 *  the archive's `common` bigrams, see textTerms), the exact test. */
export function plan(q, common = []) {
  const { phrase, text } = unquote(normalize(q));
  const number = phrase ? null : parseNumber(text);
  const plain = number && !number.doc && !number.year && !number.session;
  const needle = squash(text).toLowerCase();
  return {
    q, phrase, text, number, strict: phrase || !!plain, name: !phrase && nameLike(text) ? text : null,
    terms: plain ? [/\d+/.exec(text)[0]] : textTerms(text, common),
    // Where in the squashed, lower-cased text the query occurs: [start, length] or null.
    find: plain
      ? (s) => { const m = new RegExp(`(?<![0-9])0*${number.num}(?![0-9])`).exec(s); return m ? [m.index, m[0].length] : null; }
      : (s) => { const at = needle ? s.indexOf(needle) : -1; return at < 0 ? null : [at, needle.length]; },
  };
}

/** A Pagefind result as listed: exact (with the measure where the query occurs) or not. */
export function resultView(d, p) {
  const v = { url: d.url, page: d.url, title: d.meta.title || d.url, number: d.meta.number || '', exact: !p, subs: [], excerpt: d.excerpt };
  if (!p) return v;
  // The text squashed and lower-cased, and for each of its UTF-16 units the word it came from.
  const parts = [];
  const at = [];
  (d.raw_content ?? d.content ?? '').split('\u200b').forEach((w, i) => {
    const t = w.replace(/\s+/g, '').toLowerCase();
    parts.push(t);
    for (let k = 0; k < t.length; k++) at.push(i);
  });
  const s = parts.join('');
  const hit = p.find(s);
  if (!hit) {
    v.subs = (d.sub_results || []).map((x, i) => ({ ...x, i })).filter((x) => /#[mn]\d/.test(x.url))
      .sort((a, b) => (b.locations?.length || 0) - (a.locations?.length || 0) || a.i - b.i).slice(0, 3);
    return v;
  }
  v.exact = true;
  const word = at[hit[0]];
  const anchor = (d.anchors || []).filter((a) => a.id && /^[smn]\d/.test(a.id) && a.location <= word).at(-1);
  if (anchor) v.url = `${d.url}#${anchor.id}`;
  v.where = anchor ? (anchor.text || anchor.id) : '';
  const from = Math.max(0, hit[0] - 30);
  v.excerpt = (from ? '…' : '') + esc(s.slice(from, hit[0])) + '<mark>' + esc(s.slice(hit[0], hit[0] + hit[1])) + '</mark>' + esc(s.slice(hit[0] + hit[1], hit[0] + hit[1] + 60)) + '…';
  return v;
}

/** One result: the letter (linking to the measure where the query occurs), its number, an excerpt; `t` the UI strings. */
export function resultItem(v, t) {
  const li = document.createElement('li');
  li.dataset.match = v.key ? 'key' : v.exact ? 'exact' : 'related';
  const h = document.createElement('h2');
  const a = document.createElement('a');
  a.href = v.subs?.[0] ? v.subs[0].url : v.url;
  a.textContent = v.title;
  h.append(a);
  const num = document.createElement('p');
  num.className = 'number';
  num.textContent = v.number;
  li.append(h, num);
  if (v.subs?.length) {
    const label = document.createElement('p');
    label.textContent = t.matchedIn;
    const ul = document.createElement('ul');
    ul.className = 'sub';
    for (const s of v.subs) {
      const sli = document.createElement('li');
      const sa = document.createElement('a');
      sa.href = s.url;
      sa.textContent = s.title;
      const ex = document.createElement('p');
      ex.innerHTML = s.excerpt; // Pagefind's excerpt: the page's own text, with <mark> around hits
      sli.append(sa, ex);
      ul.append(sli);
    }
    li.append(label, ul);
  } else if (v.excerpt) {
    if (v.where) {
      const label = document.createElement('p');
      label.className = 'where';
      label.textContent = `${t.matchedIn}${v.where}`;
      li.append(label);
    }
    const ex = document.createElement('p');
    ex.innerHTML = v.excerpt; // escaped text of the letter, with <mark> around the query
    li.append(ex);
  }
  return li;
}

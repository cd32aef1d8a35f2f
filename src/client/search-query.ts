/**
 * How the archive's search reads a query; shared by the browser (archive-search.ts) and the build
 * (src/search-build/search-keys.ts), so both sides normalise numbers, 文号 and names the same way.
 *
 * - Text: CJK runs become some of their character bigrams (Pagefind 1.6 indexes every adjacent
 *   CJK pair of the text as a word, across its own word boundaries), other runs their ASCII words.
 *   The browser hands these terms to Pagefind unsegmented, then re-checks candidates for the exact string.
 * - Numbers and 文号: `0361`, `361号`, `第361号`, `361号提案`, `五届四次会议第0361号`,
 *   `鄂建提复字〔2025〕333号`, `〔2025〕333` parse to a number (no leading zeros) plus what else
 *   the query says (year, 文号 prefix, session, kind); the key index maps numbers to letters.
 * - Keys live in `search/keys/<shard>.json`: the shard of a number is its value mod SHARDS, of a
 *   name a hash of it.
 */

export const SHARDS = 2048;

const CJK = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const cjkRun = new RegExp(`[${CJK}]+`, 'gu');
const onlyCjk = new RegExp(`^[${CJK}]+$`, 'u');

/** NFKC (full-width digits and letters to ASCII), white space collapsed, trimmed. */
export function normalize(q: string | null | undefined): string {
  return String(q ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `"碳中和"` → `{ phrase: true, text: '碳中和' }`; quotes of any width, outer pair only. */
export function unquote(q: string): { phrase: boolean; text: string } {
  const m = /^["“”'‘’「『](.+)["“”'‘’」』]$/u.exec(q);
  return m ? { phrase: true, text: m[1].trim() } : { phrase: false, text: q };
}

/** The text with all white space removed: what the exact re-check compares. */
export function squash(s: string): string {
  return s.replace(/[\s\u200b]+/g, '');
}

/** The bigrams of a CJK run, in order, each once. A single character stays as it is. */
export function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return [...new Set(out)];
}

/** At most this many bigrams of one CJK run go to Pagefind: each loads an index chunk. */
export const MAX_RUN_TERMS = 3;

/**
 * The Pagefind terms for a text query: of each CJK run up to MAX_RUN_TERMS bigrams, spread evenly
 * from its first pair to its last (市场监督管 → 市场 监督 督管; 科技特派员工作站 → 科技 派员 作站),
 * and each ASCII word or number as its own term. Pagefind finds the letters holding all terms, a
 * superset of those holding the text, which the re-check then sorts exact first: more bigrams would
 * only narrow the candidates at the price of one index chunk each.
 *
 * `common` (search/common.json: the archive's most frequent bigrams, most frequent first) steers
 * the choice away from bigrams whose index chunk is large: they are used only when a run has no
 * other, and then only its least frequent one (开展工作 → 开展 or 工作, whichever is rarer).
 */
export function textTerms(text: string, common: readonly string[] = []): string[] {
  const rank = new Map(common.map((b, i) => [b, i]));
  const terms: string[] = [];
  let last = 0;
  const other = (s: string) => {
    for (const w of s.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) terms.push(w);
  };
  for (const m of text.matchAll(cjkRun)) {
    other(text.slice(last, m.index));
    last = m.index + m[0].length;
    const chars = [...m[0]];
    if (chars.length < 2) {
      terms.push(m[0]);
      continue;
    }
    const all = chars.slice(1).map((c, i) => chars[i] + c);
    const rare = all.filter((b) => !rank.has(b));
    if (!rare.length) {
      // Every bigram of the run is ranked here.
      terms.push(all.reduce((a, b) => (rank.get(b)! > rank.get(a)! ? b : a)));
      continue;
    }
    const k = Math.min(MAX_RUN_TERMS, Math.ceil((rare.length + 1) / 2));
    for (let i = 0; i < k; i++) terms.push(rare[k === 1 ? 0 : Math.round((i * (rare.length - 1)) / (k - 1))]);
  }
  other(text.slice(last));
  return [...new Set(terms)];
}

/** `鄂建提复字〔2025〕0333号` → `鄂建提复字〔2025〕333号`: brackets unified, zeros and spaces dropped. */
export function normDocNumber(s: string): string {
  return (
    normalize(s)
      .replace(/\s+/g, '')
      .replace(/[\[［【（(〔]/gu, '〔')
      .replace(/[\]］】）)〕]/gu, '〕')
      .replace(/〕第?0*(\d+)/u, '〕$1')
      .replace(/号$/u, '') + '号'
  );
}

/** The serial of a 文号 (`333` of `鄂建提复字〔2025〕333号`) and its year, or null. */
export function docSerial(doc: string): { year: string; serial: string } | null {
  const m = /〔(\d{4})〕0*(\d+)号?$/u.exec(normDocNumber(doc));
  return m ? { year: m[1], serial: String(Number(m[2])) } : null;
}

/** A number-like query (see parseNumber). */
export interface NumberQuery {
  num: string;
  year?: string;
  doc?: string;
  session?: string;
  kind?: string;
}

/**
 * A number-like query, or null: `{ num, year?, doc?, session?, kind? }` where `num` has no leading
 * zeros, `doc` is a full normalised 文号 to match exactly, `session` a session text to find in the
 * letter's session (`五届四次会议`), `kind` `提案` or `建议`.
 */
export function parseNumber(q: string): NumberQuery | null {
  const s = normalize(q).replace(/\s+/g, '');
  let m = /^(.*?)[〔\[［【（(](\d{4})[〕\]］】）)]第?0*(\d+)号?$/u.exec(s);
  if (m) {
    const num = String(Number(m[3]));
    return m[1] ? { num, year: m[2], doc: normDocNumber(s) } : { num, year: m[2] };
  }
  m = /^(.*?)第?0*(\d{1,6})号?(提案|建议)?$/u.exec(s);
  if (!m || (m[1] && !/[届次会议]/u.test(m[1]))) return null;
  if (!m[1] && !/^第?\d+号?(提案|建议)?$/u.test(s)) return null;
  const out: NumberQuery = { num: String(Number(m[2])) };
  if (m[1]) out.session = m[1].replace(/第$/u, '');
  if (m[3]) out.kind = m[3];
  return out;
}

/** Could this be a member's name (2–4 CJK characters)? */
export function nameLike(q: string): boolean {
  const s = normalize(q);
  return onlyCjk.test(s) && [...s].length >= 2 && [...s].length <= 4;
}

/** FNV-1a of the UTF-16 code units, unsigned. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The shard a key lives in: a number by its value, a name by its hash. */
export function shardOf(key: string): number {
  return /^\d+$/.test(key) ? Number(key) % SHARDS : fnv(key) % SHARDS;
}

/** Does `text` hold the number `num` as a whole digit run (any leading zeros), never 30 for 3? */
export function hasNumber(text: string, num: string): boolean {
  return new RegExp(`(?<![0-9])0*${num}(?![0-9])`).test(text);
}

/**
 * The search's key index, in the browser: proposal numbers, 文号 and member names looked up exactly
 * in `<base>search/keys/<shard>.json` (written at build time by src/site/search-keys.ts, sharded
 * as search-query.js says), one shard fetched per key and kept.
 */
import { squash, shardOf, normDocNumber, docSerial } from './search-query.js';

const EMPTY = { L: [], n: {}, d: {}, m: {} };

export class KeyIndex {
  constructor(base) {
    this.base = base;
    this.shards = new Map();
  }

  /** One shard of the key index (cached). */
  shard(key) {
    const i = shardOf(key);
    if (!this.shards.has(i)) {
      this.shards.set(i, fetch(`${this.base}search/keys/${i}.json`).then((r) => (r.ok ? r.json() : EMPTY)).catch(() => EMPTY));
    }
    return this.shards.get(i);
  }

  /** Letters the key index names for this query (number, 文号, member), filtered like the search. */
  async hits(p, filters) {
    let hits = [];
    if (p.number) {
      const { num, doc, year, session, kind } = p.number;
      const s = await this.shard(num);
      const pick = (map) => (s[map][num] || []).map((i) => s.L[i]);
      if (doc) hits = pick('d').filter((e) => normDocNumber(e[4]) === doc);
      else if (year) hits = pick('d').filter((e) => docSerial(e[4])?.year === year);
      else if (session) hits = pick('n').filter((e) => squash(e[2]).includes(squash(session)) && (!kind || e[5] === kind));
      else if (kind) hits = pick('n').filter((e) => e[5] === kind);
      else hits = [...pick('n'), ...pick('d')];
    } else if (p.name) {
      const s = await this.shard(p.name);
      hits = (s.m[p.name] || []).map((i) => s.L[i]);
    }
    const cols = { session: 2, kind: 5, year: 6, unit: 7, category: 8 };
    hits = hits.filter((e) => Object.entries(filters).every(([k, v]) => e[cols[k]] === v));
    const seen = new Set();
    return hits.filter((e) => !seen.has(e[0]) && seen.add(e[0])).map((e) => ({
      url: e[0], page: e[0], title: e[1],
      number: [e[2], e[3] && `第${e[3]}号${e[5]}`, e[4]].filter(Boolean).join(' · '),
      exact: true, key: true,
    }));
  }
}

/**
 * The search's key index, in the browser: proposal numbers, 文号 and member names looked up exactly
 * in `<base>search/keys/<shard>.json` (written at build time by src/search-build/search-keys.ts,
 * sharded as search-query.ts says), one shard fetched per key and kept.
 */
import type { PagefindFilters } from './pagefind-api.ts';
import type { Plan, ResultView } from './search-results.ts';
import { squash, shardOf, normDocNumber, docSerial } from './search-query.ts';

/** A letter in a shard: [url, title, session, number, 文号, kind, year, unit, category]. */
type Entry = [string, string, string, string, string, string, string, string, string];

/** One shard: its letters, and number (`n`), 文号 serial (`d`) and member name (`m`) → their indexes in `L`. */
interface Shard {
  L: Entry[];
  n: Record<string, number[]>;
  d: Record<string, number[]>;
  m: Record<string, number[]>;
}

const EMPTY: Shard = { L: [], n: {}, d: {}, m: {} };

/** The entry column each filter compares. */
const cols: Record<string, number> = { session: 2, kind: 5, year: 6, unit: 7, category: 8 };

export class KeyIndex {
  declare base: string;
  declare shards: Map<number, Promise<Shard>>;

  constructor(base: string) {
    this.base = base;
    this.shards = new Map();
  }

  /** One shard of the key index (cached). */
  shard(key: string): Promise<Shard> {
    const i = shardOf(key);
    let s = this.shards.get(i);
    if (!s) {
      s = fetch(`${this.base}search/keys/${i}.json`)
        .then((r) => (r.ok ? (r.json() as Promise<Shard>) : EMPTY))
        .catch(() => EMPTY);
      this.shards.set(i, s);
    }
    return s;
  }

  /** Letters the key index names for this query (number, 文号, member), filtered like the search. */
  async hits(p: Plan, filters: PagefindFilters): Promise<ResultView[]> {
    let hits: Entry[] = [];
    if (p.number) {
      const { num, doc, year, session, kind } = p.number;
      const s = await this.shard(num);
      const pick = (map: 'n' | 'd') => (s[map][num] || []).map((i) => s.L[i]);
      if (doc) hits = pick('d').filter((e) => normDocNumber(e[4]) === doc);
      else if (year) hits = pick('d').filter((e) => docSerial(e[4])?.year === year);
      else if (session) hits = pick('n').filter((e) => squash(e[2]).includes(squash(session)) && (!kind || e[5] === kind));
      else if (kind) hits = pick('n').filter((e) => e[5] === kind);
      else hits = [...pick('n'), ...pick('d')];
    } else if (p.name) {
      const s = await this.shard(p.name);
      hits = (s.m[p.name] || []).map((i) => s.L[i]);
    }
    hits = hits.filter((e) => Object.entries(filters).every(([k, v]) => e[cols[k]] === v));
    const seen = new Set<string>();
    return hits
      .filter((e) => !seen.has(e[0]) && seen.add(e[0]))
      .map((e) => ({
        url: e[0],
        page: e[0],
        title: e[1],
        number: [e[2], e[3] && `第${e[3]}号${e[5]}`, e[4]].filter(Boolean).join(' · '),
        exact: true,
        key: true,
      }));
  }
}

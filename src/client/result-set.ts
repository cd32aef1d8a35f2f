/**
 * One search's results as they become known. Key index hits come first; Pagefind's candidates are
 * re-checked against their text in batches, in rank order: those holding the exact string follow
 * the key hits, the others (which only hold its bigrams) come last once all are checked, unless
 * the query is strict (a phrase, a bare number). Each letter is listed once.
 */
import type { PagefindResult } from './pagefind-api.ts';
import type { Plan, ResultView } from './search-results.ts';

const BATCH = 10; // candidates re-checked at a time
const MAX_BATCHES = 6; // per page of results, before unchecked candidates are shown as they rank

// Fields `declare`d and set in the constructor: the bundle carries no class fields.
export class ResultSet {
  declare p: Plan | null;
  declare keys: ResultView[];
  declare cands: PagefindResult[];
  /** How one candidate is listed (reads its text). */
  declare view: (r: PagefindResult) => Promise<ResultView>;
  /** How many candidates are re-checked. */
  declare next: number;
  declare exact: ResultView[];
  declare loose: ResultView[];
  /** The pages listed so far: a letter is listed once. */
  declare seen: Set<string>;

  constructor(p: Plan | null, keys: ResultView[], cands: PagefindResult[], view: (r: PagefindResult) => Promise<ResultView>) {
    this.p = p;
    this.keys = keys;
    this.cands = cands;
    this.view = view;
    this.next = 0;
    this.exact = [];
    this.loose = [];
    this.seen = new Set(keys.map((k) => k.page));
  }

  /** Whether candidates remain to be re-checked. */
  pending(): boolean {
    return this.next < this.cands.length;
  }

  /** How many letters the list holds (candidates not yet re-checked counted as found, except for a phrase). */
  count(): number {
    const rest = this.cands.length - this.next;
    return this.keys.length + this.exact.length + (this.p?.strict ? 0 : this.loose.length) + rest;
  }

  /** The results in order as far as they are known: key hits, exact text hits, then the others once all are checked. */
  ordered(): ResultView[] {
    return [...this.keys, ...this.exact, ...(!this.pending() && !this.p?.strict ? this.loose : [])];
  }

  /** Re-checks the next batch of candidates against their text. */
  async check(): Promise<void> {
    const batch = this.cands.slice(this.next, this.next + BATCH);
    this.next += batch.length;
    for (const view of await Promise.all(batch.map((r) => this.view(r)))) {
      if (this.seen.has(view.page)) continue;
      this.seen.add(view.page);
      (view.exact ? this.exact : this.loose).push(view);
    }
  }

  /** Makes sure `n` results are known in order, re-checking candidates as needed (bounded). */
  async need(n: number): Promise<ResultView[]> {
    for (let b = 0; this.ordered().length < n && this.pending(); b++) {
      if (b >= MAX_BATCHES && !this.p?.strict) {
        // Too many candidates without the exact string: show the rest as Pagefind ranks them.
        while (this.pending() && this.exact.length + this.keys.length + this.loose.length < n) await this.check();
        return [...this.keys, ...this.exact, ...this.loose];
      }
      await this.check();
    }
    return this.ordered();
  }

  /** Every result URL in order (re-checks all candidates). */
  async allUrls(): Promise<string[]> {
    while (this.pending()) await this.check();
    return this.ordered().map((v) => v.url);
  }
}

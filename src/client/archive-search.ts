/**
 * <archive-search>: the archive's search element. Runs Pagefind (same origin, `<base>pagefind/`)
 * over the letters; keeps the query and filters in the URL (`?q=科技特派员&kind=提案`); lists each
 * matching letter with its title, number and the measure where the query occurs, linking to its
 * anchor (`#m2-3`). Plain form controls and links: usable with the keyboard alone.
 * Strings come from the page (`data-strings`, from src/i18n/zh-CN.ts).
 *
 * How a query is answered (search-query.ts reads it):
 * 1. Numbers, 文号 and member names are looked up in the key index (`<base>search/keys/N.json`,
 *    written at build time by src/search-build/search-keys.ts): exact letters first, each with its
 *    session; a number matches whole numbers only (3 never finds 30).
 * 2. Text goes to Pagefind as CJK character bigrams (the index holds every adjacent CJK pair of the
 *    text as a word of its own, whatever its word segmentation), unsegmented: Pagefind's own query
 *    segmentation (Intl.Segmenter) is replaced by white-space splitting for this page, see
 *    plain-segmenter.ts. Pagefind runs on the page's thread (`noWorker`): in its web worker the
 *    query would be segmented by the worker's own Intl.Segmenter, which splits bigrams such as
 *    `力资` into single characters; Pagefind then matches them as prefixes within one index chunk
 *    only, and misses every letter whose words sit in the next chunk.
 * 3. Candidates are re-checked against their text (the Pagefind fragment, read directly:
 *    pagefind-files.ts) in rank order (result-set.ts): letters holding the exact string come
 *    first, linked to the measure where it occurs; the others (which only hold its bigrams)
 *    follow, as Pagefind's `data()` shows them, unless the query was quoted ("碳中和": the phrase
 *    only) or a bare number.
 *
 * Filters are <select>s with their options in the page, except those with too many values
 * (会议届次, 答复单位): text fields whose suggestions load on first use (lazy-filter.ts).
 * Filters alone list letters newest first, the order of the index's pages.
 */
import { KeyIndex } from './key-index.ts';
import { filterValue, isLazy, settled, wireLazy, type FilterControl } from './lazy-filter.ts';
import { importPagefind, type Pagefind, type PagefindFilters, type PagefindResult } from './pagefind-api.ts';
import { nativeGunzip, readFragment } from './pagefind-files.ts';
import { plainSegmenter } from './plain-segmenter.ts';
import { resultItem, type SearchStrings } from './result-item.ts';
import { ResultSet } from './result-set.ts';
import { plan, resultView, type Plan, type ResultView } from './search-results.ts';

const PAGE = 10;

// The fields are set as the element connects and searches; `declare`d, so the bundle carries no class fields.
class ArchiveSearch extends HTMLElement {
  declare base: string;
  declare t: SearchStrings;
  declare form: HTMLFormElement;
  declare input: HTMLInputElement;
  declare status: HTMLElement;
  declare list: HTMLElement;
  /** The filter controls: <select>s and lazy fields alike. */
  declare selects: FilterControl[];
  /** The number of the latest search: an older one's results are dropped. */
  declare seq: number;
  declare timer?: ReturnType<typeof setTimeout>;
  declare keys: KeyIndex;
  declare pagefind: Pagefind;
  /** The archive's most frequent bigrams (search/common.json). */
  declare common: Promise<string[]>;
  /** The latest search's results, and how many of them are listed. */
  declare results?: ResultSet;
  declare shown: number;

  /** The element's part matching `selector`; the page must have it. */
  child<T extends Element>(selector: string): T {
    const el = this.querySelector<T>(selector);
    if (!el) throw new Error(`<archive-search> needs ${selector} inside it`);
    return el;
  }

  async connectedCallback() {
    this.base = this.dataset.base || '/';
    this.t = JSON.parse(this.dataset.strings || '{}') as SearchStrings;
    this.form = this.child('form');
    this.input = this.child('input[name="q"]');
    this.status = this.child('.search-status');
    this.list = this.child('.search-results');
    this.selects = [...this.querySelectorAll<FilterControl>('[data-filter]')];
    this.seq = 0;
    this.keys = new KeyIndex(this.base);
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') || '';
    try {
      plainSegmenter();
      nativeGunzip(this.base);
      this.pagefind = await importPagefind(this.base);
      // noWorker: the query terms must reach Pagefind as plainSegmenter leaves them (see above).
      await this.pagefind.options({ baseUrl: this.base, noWorker: true });
      await this.pagefind.init();
      // A search for a word past the end of the index loads no chunk but has the browser compile
      // Pagefind's search code at start-up, not during the first real search.
      await this.pagefind.search('\u{10ffff}');
      // Written at build time by src/search-build/search-common.ts: a fixed number of bigrams.
      this.common = fetch(`${this.base}search/common.json`)
        .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
        .catch(() => []);
      this.fillFilters(params);
    } catch {
      this.status.textContent = this.t.error;
      return;
    }
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.run(true);
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.run(false), 300);
    });
    for (const s of this.selects) {
      if (isLazy(s)) wireLazy(s, () => this.run(true));
      else s.addEventListener('change', () => this.run(true));
    }
    this.dataset.state = 'ready';
    if (this.input.value || this.selects.some((s) => s.value)) this.run(false);
  }

  /** Selects the filter values named in the URL. The options (every value with its count) are in
   *  the page from the build (src/search-build/search-filters.ts), or in a file a lazy field loads
   *  on first use, so Pagefind's filter index is only loaded when a filter is used. */
  fillFilters(params: URLSearchParams) {
    for (const select of this.selects) {
      const value = params.get(select.dataset.filter!);
      if (!value) continue;
      if (!isLazy(select) && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    this.child<HTMLFieldSetElement>('fieldset').hidden = false;
  }

  /** Searches for the current query and filters, writes them to the URL, renders the results. */
  async run(push: boolean) {
    await settled(this.selects); // a lazy field's options, if loading, decide whether its text filters
    const q = this.input.value.trim();
    const filters: PagefindFilters = {};
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const s of this.selects) {
      const v = filterValue(s);
      if (v) {
        filters[s.dataset.filter!] = v;
        url.searchParams.set(s.dataset.filter!, v);
      }
    }
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const seq = ++this.seq;
    this.list.replaceChildren();
    if (!q && !Object.keys(filters).length) {
      this.status.textContent = '';
      this.dataset.state = 'done';
      return;
    }
    this.dataset.state = 'loading';
    this.status.textContent = this.t.loading;
    const p = q ? plan(q, await this.common) : null;
    const [keys, search] = await Promise.all([
      p ? this.keys.hits(p, filters) : [],
      // Filters alone list letters newest first: the index numbers its pages so (`newestFirst`, src/search-index/size-tweaks.ts).
      p && !p.terms.length ? { results: [] } : this.pagefind.search(p ? p.terms.join(' ') : null, { filters }),
    ]);
    if (seq !== this.seq || !search) return;
    this.results = new ResultSet(p, keys, search.results, (r) => this.view(r, p));
    this.shown = 0;
    await this.more(seq, this.results);
    if (seq !== this.seq) return;
    const n = this.results.count();
    this.status.textContent = n === 0 ? this.fill(this.t.none, q, n) : this.fill(q ? this.t.results : this.t.resultsNoQuery, q, n);
    this.dataset.state = 'done';
  }

  fill(template: string, q: string, n: number) {
    return template.replace('{q}', q).replace('{n}', String(n));
  }

  /** One candidate as listed: from its fragment if it holds the query, else from Pagefind's data (excerpts, sub-results). */
  async view(r: PagefindResult, p: Plan | null): Promise<ResultView> {
    const own = p && (await readFragment(this.base, r.id));
    const v = own && resultView(own, p);
    return v?.exact ? v : resultView(await r.data(), p);
  }

  /** Every result URL of the latest search in order, none before one (re-checks all candidates): for tests and the benchmark. */
  allUrls(): Promise<string[]> {
    return this.results?.allUrls() ?? Promise.resolve([]);
  }

  /** Renders the next page of results, with a "more" button while any remain. */
  async more(seq: number, results: ResultSet) {
    const list = await results.need(this.shown + PAGE);
    if (seq !== this.seq) return;
    const slice = list.slice(this.shown, this.shown + PAGE);
    this.list.querySelector('.more')?.remove();
    for (const v of slice) this.list.append(resultItem(v, this.t));
    this.shown += slice.length;
    if (this.shown < list.length || results.pending()) {
      const li = document.createElement('li');
      li.className = 'more';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = this.t.more;
      button.addEventListener('click', async () => {
        const at = this.shown;
        await this.more(seq, results);
        this.list.children[at]?.querySelector('a')?.focus();
      });
      li.append(button);
      this.list.append(li);
    }
  }
}

customElements.define('archive-search', ArchiveSearch);

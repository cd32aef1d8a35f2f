/**
 * <archive-search>: the archive's search element. Runs Pagefind (same origin, `<base>pagefind/`)
 * over the letters; keeps the query and filters in the URL (`?q=科技特派员&kind=提案`); lists each
 * matching letter with its title, number and the measure where the query occurs, linking to its
 * anchor (`#m2-3`). Plain form controls and links: usable with the keyboard alone.
 * Strings come from the page (`data-strings`, from src/i18n/zh-CN.ts).
 *
 * How a query is answered (search-query.js reads it):
 * 1. Numbers, 文号 and member names are looked up in the key index (`<base>search/keys/N.json`,
 *    written at build time by src/site/search-keys.ts): exact letters first, each with its session;
 *    a number matches whole numbers only (3 never finds 30).
 * 2. Text goes to Pagefind as CJK character bigrams (the index holds every adjacent CJK pair of the
 *    text as a word of its own, whatever its word segmentation), unsegmented: Pagefind's own query
 *    segmentation (Intl.Segmenter) is replaced by white-space splitting for this page, see
 *    `plainSegmenter`. Pagefind runs on the page's thread (`noWorker`): in its web worker the
 *    query would be segmented by the worker's own Intl.Segmenter, which splits bigrams such as
 *    `力资` into single characters; Pagefind then matches them as prefixes within one index chunk
 *    only, and misses every letter whose words sit in the next chunk.
 * 3. Candidates are re-checked against their text (the Pagefind fragment, read directly:
 *    pagefind-files.js) in rank order: letters holding the exact string come first, linked to the
 *    measure where it occurs; the others (which only hold its bigrams) follow, as Pagefind's
 *    `data()` shows them, unless the query was quoted ("碳中和": the phrase only) or a bare number.
 *
 * Filters are <select>s with their options in the page, except those with too many values
 * (会议届次, 答复单位): text fields whose suggestions load on first use (lazy-filter.js).
 * Filters alone list letters newest first, the order of the index's pages.
 */
import { KeyIndex } from './key-index.js';
import { plainSegmenter, plan, resultItem, resultView } from './search-results.js';
import { nativeGunzip, readFragment } from './pagefind-files.js';
import { filterValue, isLazy, settled, wireLazy } from './lazy-filter.js';

const PAGE = 10;
const BATCH = 10; // fragments re-checked at a time
const MAX_BATCHES = 6; // per page of results, before unchecked candidates are shown as they rank

class ArchiveSearch extends HTMLElement {
  async connectedCallback() {
    this.base = this.dataset.base || '/';
    this.t = JSON.parse(this.dataset.strings || '{}');
    this.form = this.querySelector('form');
    this.input = this.querySelector('input[name="q"]');
    this.status = this.querySelector('.search-status');
    this.list = this.querySelector('.search-results');
    this.selects = [...this.querySelectorAll('[data-filter]')]; // <select>s and lazy fields alike
    this.seq = 0;
    this.keys = new KeyIndex(this.base);
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') || '';
    try {
      plainSegmenter();
      nativeGunzip(this.base);
      // The bundle is written after the build, beside the site: loaded as it is, not bundled.
      this.pagefind = await import(/* @vite-ignore */ `${this.base}pagefind/pagefind.js`);
      // noWorker: the query terms must reach Pagefind as plainSegmenter leaves them (see above).
      await this.pagefind.options({ baseUrl: this.base, noWorker: true });
      await this.pagefind.init(); // loads Pagefind's index metadata and WebAssembly
      // A search for a word past the end of the index loads no chunk but has the browser compile
      // Pagefind's search code now, not during the first real search (~60 ms at 10,000 letters).
      await this.pagefind.search('\u{10ffff}');
      // The archive's most frequent bigrams (~1 KB, written at build time by src/site/search-common.ts).
      this.common = fetch(`${this.base}search/common.json`).then((r) => (r.ok ? r.json() : [])).catch(() => []);
      this.fillFilters(params);
    } catch {
      this.status.textContent = this.t.error;
      return;
    }
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.run(true); });
    this.input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.run(false), 300); });
    for (const s of this.selects) {
      if (isLazy(s)) wireLazy(s, () => this.run(true));
      else s.addEventListener('change', () => this.run(true));
    }
    this.dataset.state = 'ready';
    if (this.input.value || this.selects.some((s) => s.value)) this.run(false);
  }

  /** Selects the filter values named in the URL. The options (every value with its count) are in
   *  the page from the build (src/site/search-filters.ts), or in a file a lazy field loads on first
   *  use, so Pagefind's filter index is only loaded when a filter is used. */
  fillFilters(params) {
    for (const select of this.selects) {
      const value = params.get(select.dataset.filter);
      if (!value) continue;
      if (!isLazy(select) && ![...select.options].some((o) => o.value === value)) select.add(new Option(value, value));
      select.value = value;
    }
    this.querySelector('fieldset').hidden = false;
  }

  /** Searches for the current query and filters, writes them to the URL, renders the results. */
  async run(push) {
    await settled(this.selects); // a lazy field's options, if loading, decide whether its text filters
    const q = this.input.value.trim();
    const filters = {};
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const s of this.selects) {
      const v = filterValue(s);
      if (v) { filters[s.dataset.filter] = v; url.searchParams.set(s.dataset.filter, v); }
    }
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const seq = ++this.seq;
    this.list.replaceChildren();
    if (!q && !Object.keys(filters).length) { this.status.textContent = ''; this.dataset.state = 'done'; return; }
    this.dataset.state = 'loading';
    this.status.textContent = this.t.loading;
    const p = q ? plan(q, await this.common) : null;
    const [keys, search] = await Promise.all([
      p ? this.keys.hits(p, filters) : [],
      // Filters alone list letters newest first: the index numbers its pages so (src/search-index/page-order.ts).
      p && !p.terms.length ? { results: [] } : this.pagefind.search(p ? p.terms.join(' ') : null, { filters }),
    ]);
    if (seq !== this.seq || !search) return;
    this.state = { p, seq, keys, cands: search.results, next: 0, exact: [], loose: [], seen: new Set(keys.map((k) => k.page)) };
    this.shown = 0;
    await this.more(seq);
    if (seq !== this.seq) return;
    const n = this.count();
    this.status.textContent = n === 0 ? this.fill(this.t.none, q, n) : this.fill(q ? this.t.results : this.t.resultsNoQuery, q, n);
    this.dataset.state = 'done';
  }

  /** How many letters the list holds (candidates not yet re-checked counted as found, except for a phrase). */
  count() {
    const st = this.state;
    const rest = st.cands.length - st.next;
    return st.keys.length + st.exact.length + (st.p?.strict ? 0 : st.loose.length) + rest;
  }

  fill(template, q, n) { return template.replace('{q}', q).replace('{n}', String(n)); }

  /** The results in order as far as they are known: key hits, exact text hits, then the others once all are checked. */
  ordered() {
    const st = this.state;
    const done = st.next >= st.cands.length;
    return [...st.keys, ...st.exact, ...(done && !st.p?.strict ? st.loose : [])];
  }

  /** One candidate as listed: from its fragment if it holds the query, else from Pagefind's data (excerpts, sub-results). */
  async view(r) {
    const p = this.state.p;
    const own = p && (await readFragment(this.base, r.id));
    const v = own && resultView(own, p);
    return v?.exact ? v : resultView(await r.data(), p);
  }

  /** Re-checks the next batch of candidates against their text. */
  async check() {
    const st = this.state;
    const batch = st.cands.slice(st.next, st.next + BATCH);
    st.next += batch.length;
    for (const view of await Promise.all(batch.map((r) => this.view(r)))) {
      if (st.seen.has(view.page)) continue;
      st.seen.add(view.page);
      (view.exact ? st.exact : st.loose).push(view);
    }
  }

  /** Makes sure `n` results are known in order, re-checking candidates as needed (bounded). */
  async need(n) {
    const st = this.state;
    for (let b = 0; this.ordered().length < n && st.next < st.cands.length; b++) {
      if (b >= MAX_BATCHES && !st.p?.strict) {
        // Too many candidates without the exact string: show the rest as Pagefind ranks them.
        while (st.next < st.cands.length && st.exact.length + st.keys.length + st.loose.length < n) await this.check();
        return [...st.keys, ...st.exact, ...st.loose];
      }
      await this.check();
    }
    return this.ordered();
  }

  /** Every result URL in order (re-checks all candidates): for tests and the benchmark. */
  async allUrls() {
    const st = this.state;
    while (st.next < st.cands.length) await this.check();
    return this.ordered().map((v) => v.url);
  }

  /** Renders the next page of results, with a "more" button while any remain. */
  async more(seq) {
    const list = await this.need(this.shown + PAGE);
    if (seq !== this.seq) return;
    const slice = list.slice(this.shown, this.shown + PAGE);
    this.list.querySelector('.more')?.remove();
    for (const v of slice) this.list.append(resultItem(v, this.t));
    this.shown += slice.length;
    const st = this.state;
    if (this.shown < list.length || st.next < st.cands.length) {
      const li = document.createElement('li');
      li.className = 'more';
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = this.t.more;
      button.addEventListener('click', async () => {
        const at = this.shown;
        await this.more(seq);
        this.list.children[at]?.querySelector('a')?.focus();
      });
      li.append(button);
      this.list.append(li);
    }
  }
}

customElements.define('archive-search', ArchiveSearch);

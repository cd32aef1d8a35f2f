/**
 * <archive-search>: the archive's only script. Runs Pagefind (same origin, `<base>pagefind/`)
 * over the letters; keeps the query and filters in the URL (`?q=科技特派员&kind=提案`); lists each
 * matching letter with its title, number and the measures that matched, each linking to its
 * anchor (`#m2-3`). Plain form controls and links: usable with the keyboard alone.
 * Strings come from the page (`data-strings`, from src/i18n/zh-CN.ts).
 */
const PAGE = 10;

class ArchiveSearch extends HTMLElement {
  async connectedCallback() {
    this.base = this.dataset.base || '/';
    this.t = JSON.parse(this.dataset.strings || '{}');
    this.form = this.querySelector('form');
    this.input = this.querySelector('input[name="q"]');
    this.status = this.querySelector('.search-status');
    this.list = this.querySelector('.search-results');
    this.selects = [...this.querySelectorAll('select[data-filter]')];
    this.seq = 0;
    const params = new URLSearchParams(location.search);
    this.input.value = params.get('q') || '';
    try {
      this.pagefind = await import(`${this.base}pagefind/pagefind.js`);
      await this.pagefind.options({ baseUrl: this.base });
      await this.fillFilters(params);
    } catch {
      this.status.textContent = this.t.error;
      return;
    }
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.run(true); });
    this.input.addEventListener('input', () => { clearTimeout(this.timer); this.timer = setTimeout(() => this.run(false), 300); });
    for (const s of this.selects) s.addEventListener('change', () => this.run(true));
    if (this.input.value || this.selects.some((s) => s.value)) this.run(false);
  }

  /** Offers every filter value the index knows, selecting those named in the URL. */
  async fillFilters(params) {
    const filters = await this.pagefind.filters();
    const collator = new Intl.Collator('zh-CN');
    for (const select of this.selects) {
      const key = select.dataset.filter;
      for (const value of Object.keys(filters[key] || {}).sort(collator.compare)) {
        const option = new Option(`${value}（${filters[key][value]}）`, value);
        option.selected = params.get(key) === value;
        select.add(option);
      }
    }
    this.querySelector('fieldset').hidden = false;
  }

  /** Searches for the current query and filters, writes them to the URL, renders the results. */
  async run(push) {
    const q = this.input.value.trim();
    const filters = {};
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    for (const s of this.selects) if (s.value) { filters[s.dataset.filter] = s.value; url.searchParams.set(s.dataset.filter, s.value); }
    if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const seq = ++this.seq;
    this.list.replaceChildren();
    if (!q && !Object.keys(filters).length) { this.status.textContent = ''; return; }
    this.status.textContent = this.t.loading;
    const search = await this.pagefind.search(q || null, { filters, sort: q ? undefined : { date: 'desc' } });
    if (seq !== this.seq || !search) return;
    const n = search.results.length;
    this.status.textContent = n === 0 ? this.fill(this.t.none, q, n) : this.fill(q ? this.t.results : this.t.resultsNoQuery, q, n);
    this.results = search.results;
    this.shown = 0;
    await this.more(seq);
  }

  fill(template, q, n) { return template.replace('{q}', q).replace('{n}', String(n)); }

  /** Renders the next page of results, with a "more" button while any remain. */
  async more(seq) {
    const slice = this.results.slice(this.shown, this.shown + PAGE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (seq !== this.seq) return;
    this.list.querySelector('.more')?.remove();
    for (const d of data) this.list.append(this.item(d));
    this.shown += slice.length;
    if (this.shown < this.results.length) {
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

  /** One result: the letter (linking to its best-matching measure), its number, matched measures. */
  item(d) {
    // Measures and commitments that matched, most hits first (page order among equals).
    const subs = (d.sub_results || [])
      .map((s, i) => ({ ...s, i }))
      .filter((s) => /#[mn]\d/.test(s.url))
      .sort((a, b) => (b.locations?.length || 0) - (a.locations?.length || 0) || a.i - b.i);
    const best = subs[0];
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = best ? best.url : d.url;
    a.textContent = d.meta.title || d.url;
    h.append(a);
    const num = document.createElement('p');
    num.className = 'number';
    num.textContent = d.meta.number || '';
    li.append(h, num);
    if (subs.length) {
      const label = document.createElement('p');
      label.textContent = this.t.matchedIn;
      const ul = document.createElement('ul');
      ul.className = 'sub';
      for (const s of subs.slice(0, 3)) {
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
    } else {
      const ex = document.createElement('p');
      ex.innerHTML = d.excerpt;
      li.append(ex);
    }
    return li;
  }
}

customElements.define('archive-search', ArchiveSearch);

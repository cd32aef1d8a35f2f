/** How one search result is shown: a list item of the search page's results. */
import type { ResultView } from './search-results.ts';

/** The UI strings the search page hands its element (`data-strings`, from src/i18n/zh-CN.ts). */
export interface SearchStrings {
  results: string;
  resultsNoQuery: string;
  none: string;
  loading: string;
  any: string;
  matchedIn: string;
  error: string;
  more: string;
  filterNames: Record<string, string>;
}

/** One result: the letter (linking to the measure where the query occurs), its number, an excerpt; `t` the UI strings. */
export function resultItem(v: ResultView, t: SearchStrings): HTMLLIElement {
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

/**
 * The part of Pagefind's browser API (`<base>pagefind/pagefind.js`, Pagefind 1.6) the search uses,
 * typed. The pagefind package's own types describe its Node API only. Loaded as it is, beside the
 * site: the bundle is written after the build, so it cannot be bundled.
 */

/** An anchor (an element with an `id`) of an indexed page, at the word `location` where it stands. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A page as Pagefind stores it in its fragment file (`pagefind/fragment/<id>.pf_fragment`). */
export interface PagefindStoredFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors?: PagefindAnchor[];
}

/** A heading-delimited part of a result that holds the query, with its own excerpt (HTML, `<mark>`ed). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations?: number[];
}

/** What a result's `data()` gives: the stored fragment with its excerpt and sub-results. */
export interface PagefindFragment extends PagefindStoredFragment {
  raw_content?: string;
  excerpt: string;
  sub_results: PagefindSubResult[];
}

/** One result of a search, ranked; its data loads on demand. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}

export type PagefindFilters = Record<string, string>;

export interface Pagefind {
  options(options: { baseUrl?: string; noWorker?: boolean }): Promise<void>;
  /** Loads the index metadata and the WebAssembly. */
  init(): Promise<void>;
  /** Pages holding every term (`null`: filters only); null when a newer search superseded it. */
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResult[] } | null>;
  /** Every filter value with its page count. */
  filters(): Promise<Record<string, Record<string, number>>>;
}

/** Pagefind's module at `<base>pagefind/pagefind.js`, not yet configured. */
export function importPagefind(base: string): Promise<Pagefind> {
  return import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
}

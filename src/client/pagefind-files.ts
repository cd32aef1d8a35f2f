/**
 * Pagefind's files, read faster. Pagefind stores them gzipped and inflates them with its own
 * JavaScript; it skips that for a file that already starts with its marker (`pagefind_dcd`). On
 * the search page, fetches of those files (`<base>pagefind/…/*.pf_*`) are inflated by the
 * browser's own DecompressionStream instead, so Pagefind receives the marker: the same bytes over
 * the wire, inflated in a fraction of the time. Browsers without DecompressionStream, and files a
 * host already inflated, are left as they were.
 */
import type { PagefindStoredFragment } from './pagefind-api.ts';

const GZIP = [0x1f, 0x8b];

/** `fetch`, marked once it routes Pagefind's files through `inflated`. */
type MarkedFetch = typeof fetch & { archiveGunzip?: boolean };

/** Inflates a gzipped body natively; any other body comes back as it was. */
async function inflated(response: Response): Promise<Response> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (bytes[0] !== GZIP[0] || bytes[1] !== GZIP[1]) return new Response(bytes, init);
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(await new Response(stream).arrayBuffer(), init);
  } catch {
    return new Response(bytes, init);
  }
}

/** Routes the page's fetches of Pagefind index files under `base` through `inflated`; once. */
export function nativeGunzip(base: string): void {
  if (typeof DecompressionStream !== 'function' || (window.fetch as MarkedFetch).archiveGunzip) return;
  const prefix = new URL(`${base}pagefind/`, location.href).href;
  const original = window.fetch.bind(window);
  const wrapped: MarkedFetch = async (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, location.href).href;
    const response = await original(input, init);
    return response.ok && url.startsWith(prefix) && /\.pf_[a-z]+$/.test(new URL(url).pathname) ? inflated(response) : response;
  };
  wrapped.archiveGunzip = true;
  window.fetch = wrapped;
}

/**
 * A search result's fragment (URL under `base`, meta, text, anchors) as Pagefind stored it, read
 * directly, or null where the file does not arrive inflated (then Pagefind's own `data()` must
 * read it). `data()` also builds an excerpt and a sub-result with its excerpt for every anchor —
 * a letter has dozens — which a result holding the query never shows, at a cost per letter.
 */
export async function readFragment(base: string, id: string): Promise<PagefindStoredFragment | null> {
  try {
    const res = await fetch(`${base}pagefind/fragment/${id}.pf_fragment`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (!res.ok || String.fromCharCode(...bytes.subarray(0, 12)) !== 'pagefind_dcd') return null;
    const d = JSON.parse(new TextDecoder().decode(bytes.subarray(12))) as PagefindStoredFragment;
    return { ...d, url: `${base}${d.url.replace(/^\//, '')}` };
  } catch {
    return null;
  }
}

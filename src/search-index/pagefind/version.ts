/**
 * The one Pagefind version whose bundle format this folder reads and writes. Pagefind changes
 * the layout of its metadata, word chunks and fragments between minor versions without saying
 * so in its files' names, so anything else is refused before a bundle is read or written. Pure.
 */

/** The Pagefind version `src/search-index/pagefind/` was written for (package.json pins it). */
export const PAGEFIND_VERSION = '1.6.0';

/**
 * `version` if it is PAGEFIND_VERSION, else an error saying where it was found (`found`, e.g.
 * `is installed (node_modules/pagefind/package.json)` or `wrote dist/pagefind/pagefind-entry.json`)
 * and what to do.
 */
export function checkPagefindVersion(version: unknown, found: string): string {
  if (version === PAGEFIND_VERSION) return version;
  const named = typeof version === 'string' && version ? version : `of unknown version (${JSON.stringify(version)})`;
  throw new Error(
    `pagefind ${named} ${found}, but src/search-index/pagefind/ reads and writes the index format of pagefind ${PAGEFIND_VERSION} only: ` +
      `install pagefind@${PAGEFIND_VERSION} (npm install --save-exact pagefind@${PAGEFIND_VERSION}), ` +
      `or update src/search-index/pagefind/ to the new version's format and PAGEFIND_VERSION with it`,
  );
}

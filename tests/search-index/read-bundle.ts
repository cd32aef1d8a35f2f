/**
 * Test helper: a Pagefind bundle decoded into what the browser would find in it, keyed by page URL
 * instead of page number, so bundles that number their pages differently can be compared.
 */
import fs from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readPagefindFile } from '../../src/search-index/pagefind/files.ts';
import {
  chunkPath,
  decodeMeta,
  filterPath,
  fragmentPath,
  metaPath,
  readEntry,
  readFilter,
} from '../../src/search-index/pagefind/bundle-format.ts';
import { readWordChunk, writeWordChunk, type PageHits } from '../../src/search-index/pagefind/word-chunk.ts';
import { toAbsolute } from '../../src/search-index/word-merge.ts';

export interface ReadBundle {
  /** Page URLs in the bundle's page order. */
  urls: string[];
  /** Each page's word count as the metadata gives it, by URL. */
  lengths: Map<string, number>;
  /** Each fragment's JSON text by page URL. */
  fragments: Map<string, string>;
  /** word → JSON of [url, positions as CBOR hex][] sorted by URL (variants likewise, after `|`). */
  words: Map<string, string>;
  filters: Record<string, Record<string, string[]>>;
  /** sort name → page URLs in sorted order. */
  sorts: Record<string, string[]>;
  fields: string[];
  chunkCount: number;
  /** Chunks whose bytes did not come back the same through readWordChunk and writeWordChunk. */
  unfaithfulChunks: string[];
}

export function readBundle(dir: string): ReadBundle {
  const entry = readEntry(dir);
  const [language] = Object.keys(entry.languages);
  const file = metaPath(dir, entry.languages[language].hash);
  const meta = decodeMeta(readPagefindFile(fs.readFileSync(file)), file);
  if (entry.languages[language].page_count !== meta.pages.length) throw new Error('page_count disagrees with the metadata');
  const fragments = new Map<string, string>();
  const lengths = new Map<string, number>();
  const urls = meta.pages.map(({ fragment, wordCount }) => {
    const text = gunzipSync(fs.readFileSync(fragmentPath(dir, fragment)))
      .subarray(12)
      .toString('utf8');
    const url = JSON.parse(text).url as string;
    fragments.set(url, text);
    lengths.set(url, wordCount);
    return url;
  });
  const byUrl = (pages: PageHits[]) =>
    JSON.stringify(pages.map((p) => [urls[p.page], Buffer.from(p.raw).toString('hex')]).sort((a, b) => a[0].localeCompare(b[0])));
  const words = new Map<string, string>();
  const unfaithfulChunks: string[] = [];
  for (const { from, to, file: chunkFile } of meta.chunks) {
    const cbor = readPagefindFile(fs.readFileSync(chunkPath(dir, chunkFile)));
    const chunk = readWordChunk(cbor);
    if (!Buffer.from(writeWordChunk(chunk)).equals(cbor)) unfaithfulChunks.push(chunkFile);
    for (const w of chunk) {
      // Every word must lie in its chunk's range, or the browser would never load it.
      if (!(w.word >= from || w.word.startsWith(from)) || !(w.word <= to || w.word.startsWith(to)))
        throw new Error(`${w.word} outside ${from}…${to}`);
      const a = toAbsolute(w, 0);
      words.set(a.word, byUrl(a.pages) + a.variants.map((v) => `|${v.form}:${byUrl(v.pages)}`).join(''));
    }
  }
  const filters: ReadBundle['filters'] = {};
  for (const { name, file: filterFile } of meta.filters) {
    filters[name] = Object.fromEntries(
      readFilter(filterPath(dir, filterFile)).values.map(({ value, pages }) => [value, pages.map((n) => urls[n]).sort()]),
    );
  }
  const sorts = Object.fromEntries(meta.sorts.map(({ name, pages }) => [name, pages.map((n) => urls[n])]));
  return { urls, lengths, fragments, words, filters, sorts, fields: meta.fields, chunkCount: meta.chunks.length, unfaithfulChunks };
}

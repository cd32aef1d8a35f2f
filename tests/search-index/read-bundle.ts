/**
 * Test helper: a Pagefind bundle decoded into what the browser would find in it, keyed by page URL
 * instead of page number, so bundles that number their pages differently can be compared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodePagefindFile, readPagefindFile, type Cbor } from '../../src/search-index/pagefind-codec.ts';
import { readWordChunk, writeWordChunk, type PageHits } from '../../src/search-index/word-chunk-codec.ts';
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

const read = (file: string) => decodePagefindFile(fs.readFileSync(file)) as Cbor[];

export function readBundle(dir: string): ReadBundle {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8'));
  const [language] = Object.keys(entry.languages);
  const meta = read(path.join(dir, `pagefind.${entry.languages[language].hash}.pf_meta`));
  if (entry.languages[language].page_count !== (meta[1] as Cbor[]).length) throw new Error('page_count disagrees with the metadata');
  const fragments = new Map<string, string>();
  const lengths = new Map<string, number>();
  const urls = (meta[1] as Cbor[][]).map(([hash, length]) => {
    const text = gunzipSync(fs.readFileSync(path.join(dir, 'fragment', `${hash}.pf_fragment`))).subarray(12).toString('utf8');
    const url = JSON.parse(text).url as string;
    fragments.set(url, text);
    lengths.set(url, length as number);
    return url;
  });
  const byUrl = (pages: PageHits[]) => JSON.stringify(pages.map((p) => [urls[p.page], Buffer.from(p.raw).toString('hex')]).sort((a, b) => a[0].localeCompare(b[0])));
  const words = new Map<string, string>();
  const unfaithfulChunks: string[] = [];
  for (const [from, to, hash] of meta[2] as string[][]) {
    const cbor = readPagefindFile(fs.readFileSync(path.join(dir, 'index', `${hash}.pf_index`)));
    const chunk = readWordChunk(cbor);
    if (!Buffer.from(writeWordChunk(chunk)).equals(cbor)) unfaithfulChunks.push(hash);
    for (const w of chunk) {
      // Every word must lie in its chunk's range, or the browser would never load it.
      if (!(w.word >= from || w.word.startsWith(from)) || !(w.word <= to || w.word.startsWith(to))) throw new Error(`${w.word} outside ${from}…${to}`);
      const a = toAbsolute(w, 0);
      words.set(a.word, byUrl(a.pages) + a.variants.map((v) => `|${v.form}:${byUrl(v.pages)}`).join(''));
    }
  }
  const filters: ReadBundle['filters'] = {};
  for (const [name, hash] of meta[3] as string[][]) {
    const [, values] = read(path.join(dir, 'filter', `${hash}.pf_filter`)) as [string, [string, number[]][]];
    filters[name] = Object.fromEntries(values.map(([v, pages]) => [v, pages.map((n) => urls[n]).sort()]));
  }
  const sorts = Object.fromEntries((meta[4] as [string, number[]][]).map(([name, pages]) => [name, pages.map((n) => urls[n])]));
  return { urls, lengths, fragments, words, filters, sorts, fields: meta[5] as string[], chunkCount: (meta[2] as Cbor[]).length, unfaithfulChunks };
}

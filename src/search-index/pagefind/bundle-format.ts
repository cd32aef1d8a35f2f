/**
 * What the files of a Pagefind 1.6.0 bundle hold, with every field named: the entry file,
 * each language's metadata (`pagefind.<hash>.pf_meta`), the filter files, and where fragments,
 * word chunks and filters live. The rest of src/search-index reads and writes bundles through
 * these types, never by array position. A file not laid out as 1.6.0 lays it out is refused,
 * naming the file and what is wrong.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeCbor, decodePagefindFile, encodeCbor, type Cbor } from './files.ts';
import { checkPagefindVersion } from './version.ts';

/** The bundle's entry file: the version that wrote it and each language's metadata. */
export const ENTRY_FILE = 'pagefind-entry.json';

export interface EntryLanguage {
  /** `<language>_<hex>`: the metadata is `pagefind.<hash>.pf_meta`. */
  hash: string;
  wasm: string | null;
  page_count: number;
}

/** `pagefind-entry.json`; fields not named here (`include_characters`) are kept as read. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, EntryLanguage>;
  [field: string]: unknown;
}

/** One page of the metadata's page list, in page number order. */
export interface MetaPage {
  /** Its fragment: `fragment/<fragment>.pf_fragment`. */
  fragment: string;
  /** Its word count, which scales its score against the average length. */
  wordCount: number;
  /** The fragment file it shares with other pages, or '' when it has one of its own. */
  group: string;
}

/** A word chunk, `index/<file>.pf_index`, loaded for the words from `from` to `to` (as prefixes). */
export interface MetaChunk {
  from: string;
  to: string;
  file: string;
}

/** A filter, `filter/<file>.pf_filter`. */
export interface MetaFilter {
  name: string;
  file: string;
}

/** A sort: page numbers in sorted order. */
export interface MetaSort {
  name: string;
  pages: number[];
}

/** A language's metadata, the file every search loads first. */
export interface PagefindMeta {
  version: string;
  pages: MetaPage[];
  chunks: MetaChunk[];
  filters: MetaFilter[];
  sorts: MetaSort[];
  /** The names of the pages' meta fields. */
  fields: string[];
}

/** A filter file: each value with the page numbers having it, ascending. */
export interface PagefindFilter {
  name: string;
  values: { value: string; pages: number[] }[];
}

export const metaPath = (dir: string, hash: string): string => path.join(dir, `pagefind.${hash}.pf_meta`);
export const fragmentPath = (dir: string, name: string): string => path.join(dir, 'fragment', `${name}.pf_fragment`);
export const chunkPath = (dir: string, name: string): string => path.join(dir, 'index', `${name}.pf_index`);
export const filterPath = (dir: string, name: string): string => path.join(dir, 'filter', `${name}.pf_filter`);

/** Whether a file at the top of a bundle is index data (entry, metadata) rather than the search's code, styles or wasm. */
export const isIndexFile = (name: string): boolean => name === ENTRY_FILE || name.endsWith('.pf_meta');

/** Reads `<dir>/pagefind-entry.json`, refusing a bundle another Pagefind version wrote. */
export function readEntry(dir: string): PagefindEntry {
  const file = path.join(dir, ENTRY_FILE);
  if (!fs.existsSync(file)) throw new Error(`${dir}: not a Pagefind bundle (no ${ENTRY_FILE})`);
  const entry = JSON.parse(fs.readFileSync(file, 'utf8')) as PagefindEntry;
  checkPagefindVersion(entry.version, `wrote ${file}`);
  if (typeof entry.languages !== 'object' || !entry.languages) throw new Error(`${file}: no languages`);
  return entry;
}

const isText = (v: Cbor): v is string => typeof v === 'string';
const isUint = (v: Cbor): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function list<T>(value: Cbor, what: string, file: string, item: (v: Cbor[]) => T | undefined, size: number): T[] {
  if (!Array.isArray(value)) throw new Error(`${file}: ${what} is not a list`);
  return value.map((v, i) => {
    const got = Array.isArray(v) && v.length === size ? item(v) : undefined;
    if (got === undefined) throw new Error(`${file}: ${what} ${i} is not as pagefind 1.6.0 writes it: ${JSON.stringify(v).slice(0, 80)}`);
    return got;
  });
}

/** The metadata held by its CBOR bytes (`file` names it in errors). */
export function decodeMeta(cbor: Uint8Array, file: string): PagefindMeta {
  const value = decodeCbor(cbor);
  if (!Array.isArray(value) || value.length !== 6) throw new Error(`${file}: not the metadata of pagefind 1.6.0 (6 fields)`);
  const [version, pages, chunks, filters, sorts, fields] = value;
  if (!Array.isArray(fields) || !fields.every(isText)) throw new Error(`${file}: the meta field names are not a list of text`);
  return {
    version: checkPagefindVersion(version, `wrote ${file}`),
    pages: list(
      pages,
      'page',
      file,
      ([f, n, g]) => (isText(f) && isUint(n) && isText(g) ? { fragment: f, wordCount: n, group: g } : undefined),
      3,
    ),
    chunks: list(
      chunks,
      'word chunk',
      file,
      ([from, to, f]) => (isText(from) && isText(to) && isText(f) ? { from, to, file: f } : undefined),
      3,
    ),
    filters: list(filters, 'filter', file, ([name, f]) => (isText(name) && isText(f) ? { name, file: f } : undefined), 2),
    sorts: list(
      sorts,
      'sort',
      file,
      ([name, p]) => (isText(name) && Array.isArray(p) && p.every(isUint) ? { name, pages: p as number[] } : undefined),
      2,
    ),
    fields: fields as string[],
  };
}

/** The CBOR bytes of the metadata, as Pagefind writes them. */
export function encodeMeta(meta: PagefindMeta): Buffer {
  return encodeCbor([
    meta.version,
    meta.pages.map((p) => [p.fragment, p.wordCount, p.group]),
    meta.chunks.map((c) => [c.from, c.to, c.file]),
    meta.filters.map((f) => [f.name, f.file]),
    meta.sorts.map((s) => [s.name, s.pages]),
    meta.fields,
  ]);
}

/** Reads a filter file. */
export function readFilter(file: string): PagefindFilter {
  const value = decodePagefindFile(fs.readFileSync(file));
  if (!Array.isArray(value) || value.length !== 2 || !isText(value[0]))
    throw new Error(`${file}: not a filter of pagefind 1.6.0 ([name, values])`);
  const values = list(
    value[1],
    'filter value',
    file,
    ([v, p]) => (isText(v) && Array.isArray(p) && p.every(isUint) ? { value: v, pages: p as number[] } : undefined),
    2,
  );
  return { name: value[0], values };
}

/** The CBOR bytes of a filter file. */
export function encodeFilter(filter: PagefindFilter): Buffer {
  return encodeCbor([filter.name, filter.values.map((v) => [v.value, v.pages])]);
}

/**
 * Joins Pagefind bundles built from disjoint sets of pages into one bundle that Pagefind's own
 * search code reads as it would its own: every word at the same positions on the same pages,
 * the same filters and fragments. Four things differ, each to make the first search smaller:
 * - pages are numbered newest first — the last part's pages first, each part's by its `date` sort,
 *   any page without one last in its part (page-order.ts) — and the sort list is left out: a
 *   search by filters alone lists its results in that order;
 * - fragments are named `<part tag>/<n>` and word chunks `<index tag>/<n>` (`n` in base 36) instead
 *   of a hash each: names that count up compress well (the page list to less than half). A tag
 *   is a hash of what the files are made from, so a changed page still gets new names;
 * - word chunks hold half Pagefind's default number of word locations: a search term loads less;
 * - word counts are rounded (page-length.ts): the page list compresses better.
 * Parts must be given in date order, oldest first. Each part's words are first put in the form of
 * part-words.ts and kept with the part: a join after one part changed decodes that part only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeCbor, decodePagefindFile, encodeCbor, hashedName, hashedTag, readPagefindFile, type Cbor } from './pagefind-codec.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { ChunkCutter, chunkRanges, compareCodePoints, mergeByKey } from './word-merge.ts';
import { newestFirst } from './page-order.ts';
import { GzipCache } from './gzip-cache.ts';
import { Writes } from './pending-writes.ts';
import { CborWriter } from './cbor-bytes.ts';
import { writeJoinedWord, type PartWord } from './part-words.ts';
import { partWordsFile, readPartWordsFile } from './part-words-file.ts';
import { roundedLength } from './page-length.ts';

/** What a merge wrote, per language. */
export interface MergedLanguage {
  language: string;
  pages: number;
  chunks: number;
  filters: number;
}

/** What a merge wrote: per language, and how many word chunks came from the chunk cache. */
export interface MergeReport {
  languages: MergedLanguage[];
  chunksReused: number;
}

interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  [k: string]: unknown;
}

/** Word locations per chunk: half Pagefind's 20,000 (10,000 letters: a text query loads ~25% less, the chunk table grows ~6 KB). */
export const DEFAULT_CHUNK_SIZE = 10000;

/** The sort whose order (newest first) becomes the page order. */
export const ORDER_SORT = 'date';

// Part of the index tag: changing how chunks are cut or named must change their names.
const LAYOUT = 'reply-archive merge 3';

function readEntry(dir: string): Entry {
  const file = path.join(dir, 'pagefind-entry.json');
  if (!fs.existsSync(file)) throw new Error(`${dir}: not a Pagefind bundle (no pagefind-entry.json)`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Entry;
}

function readCbor(file: string): Cbor[] {
  const value = decodePagefindFile(fs.readFileSync(file));
  if (!Array.isArray(value)) throw new Error(`${file}: expected a CBOR array`);
  return value;
}

// `offset`: pages of the parts before it; `ranks`: its pages numbered newest first within it.
interface Part { dir: string; meta: Cbor[]; offset: number; tag: string; ranks: Int32Array }

/** The part's pages numbered newest first by its `date` sort; pages it does not list come last. */
function ranksOf(meta: Cbor[]): Int32Array {
  const count = (meta[1] as Cbor[]).length;
  return newestFirst([(meta[4] as Cbor[][]).find((s) => s[0] === ORDER_SORT)?.[1] as number[] | undefined ?? []], count);
}

async function writeHashed(writes: Writes, out: string, folder: string, ext: string, language: string, value: Cbor | Uint8Array, taken: Set<string>): Promise<string> {
  const cbor = value instanceof Uint8Array ? value : encodeCbor(value);
  const name = hashedName(language, cbor, taken);
  taken.add(name);
  await writes.add(path.join(out, folder, `${name}.${ext}`), cbor);
  return name;
}

async function mergeFilters(writes: Writes, parts: Part[], numbers: Int32Array, out: string, language: string, taken: Set<string>): Promise<Cbor[]> {
  const names = [...new Set(parts.flatMap((p) => (p.meta[3] as Cbor[][]).map((f) => f[0] as string)))].sort(compareCodePoints);
  const filters: Cbor[] = [];
  for (const name of names) {
    const values = new Map<string, number[]>();
    for (const p of parts) {
      const ref = (p.meta[3] as Cbor[][]).find((f) => f[0] === name);
      if (!ref) continue;
      const [, vals] = readCbor(path.join(p.dir, 'filter', `${ref[1]}.pf_filter`)) as [string, [string, number[]][]];
      for (const [value, pages] of vals) {
        let all = values.get(value);
        if (!all) values.set(value, (all = []));
        for (const n of pages) all.push(numbers[n + p.offset]);
      }
    }
    const sorted = [...values.keys()].sort(compareCodePoints).map((v) => [v, values.get(v)!.sort((a, b) => a - b)] as Cbor);
    filters.push([name, await writeHashed(writes, out, 'filter', 'pf_filter', language, [name, sorted], taken)]);
  }
  return filters;
}

async function mergeLanguage(writes: Writes, dirs: string[], entries: Entry[], language: string, out: string, chunkSize: number, tags: Set<string>, onWord?: WordListener): Promise<MergedLanguage & { hash: string }> {
  let offset = 0;
  const parts: Part[] = dirs.map((dir, i) => {
    const cbor = readPagefindFile(fs.readFileSync(path.join(dir, `pagefind.${entries[i].languages[language].hash}.pf_meta`)));
    const meta = decodeCbor(cbor) as Cbor[];
    const tag = hashedTag(cbor, tags);
    tags.add(tag);
    const part = { dir, meta, offset, tag, ranks: ranksOf(meta) };
    offset += (meta[1] as Cbor[]).length;
    return part;
  });
  const version = parts[0].meta[0];
  for (const p of parts) if (p.meta[0] !== version) throw new Error(`${p.dir}: Pagefind ${p.meta[0]}, others ${version}`);

  // Newest first: the last part's pages first, each part's in its own order; `before[i]`: the
  // pages of the parts newer than part i, numbered before its own.
  const before = parts.map((p) => offset - p.offset - (p.meta[1] as Cbor[]).length);
  const numbers = new Int32Array(offset);
  parts.forEach((p, i) => p.ranks.forEach((rank, page) => (numbers[p.offset + page] = before[i] + rank)));
  const pages: Cbor[] = new Array(offset);
  for (const p of parts) {
    const list = p.meta[1] as Cbor[][];
    // Numbered in the joined order, so that neighbouring names in the page list count up.
    const inOrder = list.map((_, i) => p.offset + i).sort((a, b) => numbers[a] - numbers[b]);
    inOrder.forEach((page, k) => {
      const [hash, ...rest] = list[page - p.offset];
      const name = `${p.tag}/${k.toString(36)}`;
      linkOrCopy(path.join(p.dir, 'fragment', `${hash}.pf_fragment`), path.join(out, 'fragment', `${name}.pf_fragment`));
      pages[numbers[page]] = [name, roundedLength(rest[0] as number), ...rest.slice(1)];
    });
  }

  const indexTag = hashedTag(Buffer.from([LAYOUT, language, version, chunkSize, ...parts.map((p) => p.tag)].join('\n')), tags);
  tags.add(indexTag);
  const bounds: [string, string][] = [];
  const names: string[] = [];
  // One part at a time: the words of a part being encoded are held until written.
  const streams: Iterable<PartWord>[] = [];
  for (const p of parts) streams.push(readPartWordsFile(await partWordsFile(p.dir, p.meta, p.ranks)));
  // Each word is written as soon as it is merged: the parts' readers reuse their memory.
  const body = new CborWriter();
  const head = new CborWriter();
  const cutter = new ChunkCutter(chunkSize);
  let count = 0;
  let first = '';
  let last = '';
  const flush = async () => {
    head.head(4, 1);
    head.head(4, count);
    const name = `${indexTag}/${names.length.toString(36)}`;
    await writes.addChunk(path.join(out, 'index', `${name}.pf_index`), [head.view(), body.view()]);
    head.clear();
    body.clear();
    names.push(name);
    bounds.push([first, last]);
    count = 0;
  };
  for (const same of mergeByKey<PartWord>(streams, (w) => w.word)) {
    last = same[0].item.word;
    if (!count++) first = last;
    // Newest part first: its pages have the lowest numbers.
    writeJoinedWord(body, same.map((s) => ({ word: s.item, offset: before[s.stream] })).reverse());
    onWord?.(last, same.reduce((n, s) => n + s.item.pages.locations, 0));
    if (cutter.endsAfter(same.reduce((n, s) => n + s.item.pages.locations + s.item.pages.count, 0))) await flush();
  }
  if (count) await flush();
  const chunks = chunkRanges(bounds).map(([from, to], i) => [from, to, names[i]] as Cbor);

  const filters = await mergeFilters(writes, parts, numbers, out, language, new Set());
  const fields = [...new Set(parts.flatMap((p) => (p.meta[5] ?? []) as string[]))].sort(compareCodePoints);

  const meta: Cbor[] = [version, pages, chunks, filters, [], fields, ...parts[0].meta.slice(6)];
  const cbor = encodeCbor(meta);
  const hash = hashedName(language, cbor, new Set());
  await writes.add(path.join(out, `pagefind.${hash}.pf_meta`), cbor, 'zopfli');
  return { language, hash, pages: pages.length, chunks: chunks.length, filters: filters.length };
}

/** Told each word of the joined index with the number of places it occurs. */
export type WordListener = (word: string, locations: number) => void;

/**
 * Writes into `out` (made empty first) one bundle holding every page of the bundles in `dirs`,
 * telling `onWord` of each word on the way; with `chunkCache`, a folder of compressed word
 * chunks kept between merges (gzip-cache.ts).
 */
export async function mergeBundles(dirs: string[], out: string, chunkSize = DEFAULT_CHUNK_SIZE, onWord?: WordListener, chunkCache?: string): Promise<MergeReport> {
  if (!dirs.length) throw new Error('no Pagefind bundles to merge');
  const entries = dirs.map(readEntry);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  // The search code, styles and wasm are the same in every part: the first copy of each is kept.
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir)) {
      const from = path.join(dir, name);
      if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || !fs.statSync(from).isFile()) continue;
      if (!fs.existsSync(path.join(out, name))) linkOrCopy(from, path.join(out, name));
    }
  }
  const languages = [...new Set(entries.flatMap((e) => Object.keys(e.languages)))].sort();
  const writes = new Writes(chunkCache ? new GzipCache(chunkCache) : undefined);
  // Folder names of fragments and chunks, unique across languages.
  const tags = new Set<string>();
  const merged: (MergedLanguage & { hash: string })[] = [];
  for (const language of languages) {
    const having = dirs.map((d, i) => [d, entries[i]] as const).filter(([, e]) => e.languages[language]);
    merged.push(await mergeLanguage(writes, having.map(([d]) => d), having.map(([, e]) => e), language, out, chunkSize, tags, onWord));
  }
  await writes.done();
  writes.chunks?.prune();
  const entry: Entry = { ...entries[0], languages: {} };
  for (const m of merged) {
    const wasm = entries.find((e) => e.languages[m.language])!.languages[m.language].wasm;
    entry.languages[m.language] = { hash: m.hash, wasm, page_count: m.pages };
  }
  fs.writeFileSync(path.join(out, 'pagefind-entry.json'), JSON.stringify(entry));
  return { languages: merged.map(({ hash: _, ...m }) => m), chunksReused: writes.chunks?.reused ?? 0 };
}

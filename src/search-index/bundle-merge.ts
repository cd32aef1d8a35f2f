/**
 * Joins Pagefind bundles built from disjoint sets of pages into one bundle that Pagefind's own
 * search code reads as it would its own: every word at the same positions on the same pages,
 * the same filters and fragments. It differs from Pagefind's own in the ways size-tweaks.ts
 * lists, each to make the first search smaller: pages newest first (the last part's pages first,
 * each part's by its `date` sort, any page without one last in its part) with no sort list,
 * counted file names, smaller chunks, rounded word counts. Parts must be given in date order,
 * oldest first. Each part's words are first put in the form of part-words.ts and kept with the
 * part: a join after one part changed decodes that part only. Pagefind's files are read and
 * written through pagefind/ only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hashedName, hashedTag, readPagefindFile } from './pagefind/files.ts';
import {
  chunkPath,
  decodeMeta,
  encodeFilter,
  encodeMeta,
  filterPath,
  fragmentPath,
  isIndexFile,
  metaPath,
  readEntry,
  readFilter,
  ENTRY_FILE,
  type MetaChunk,
  type MetaFilter,
  type MetaPage,
  type PagefindEntry,
  type PagefindMeta,
} from './pagefind/bundle-format.ts';
import { writeChunkHead } from './pagefind/word-chunk.ts';
import { ChunkCutter, chunkRanges, compareCodePoints } from './pagefind/chunks.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { mergeByKey } from './word-merge.ts';
import { countedName, JOIN_LAYOUT, JOINED_CHUNK_SIZE, newestFirst, ORDER_SORT, roundedLength } from './size-tweaks.ts';
import { GzipCache } from './gzip-cache.ts';
import { Writes } from './pending-writes.ts';
import { CborWriter } from './cbor-bytes.ts';
import { writeJoinedWord, type PartWord } from './part-words.ts';
import { partWordsFile, readPartWordsFile } from './part-words-file.ts';

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

// `offset`: pages of the parts before it; `ranks`: its pages numbered newest first within it.
interface Part {
  dir: string;
  meta: PagefindMeta;
  offset: number;
  tag: string;
  ranks: Int32Array;
}

/** The part's pages numbered newest first by its `date` sort; pages it does not list come last. */
function ranksOf(meta: PagefindMeta): Int32Array {
  return newestFirst([meta.sorts.find((s) => s.name === ORDER_SORT)?.pages ?? []], meta.pages.length);
}

async function writeHashed(
  writes: Writes,
  file: (name: string) => string,
  language: string,
  cbor: Uint8Array,
  taken: Set<string>,
): Promise<string> {
  const name = hashedName(language, cbor, taken);
  taken.add(name);
  await writes.add(file(name), cbor);
  return name;
}

async function mergeFilters(
  writes: Writes,
  parts: Part[],
  numbers: Int32Array,
  out: string,
  language: string,
  taken: Set<string>,
): Promise<MetaFilter[]> {
  const names = [...new Set(parts.flatMap((p) => p.meta.filters.map((f) => f.name)))].sort(compareCodePoints);
  const filters: MetaFilter[] = [];
  for (const name of names) {
    const values = new Map<string, number[]>();
    for (const p of parts) {
      const ref = p.meta.filters.find((f) => f.name === name);
      if (!ref) continue;
      for (const { value, pages } of readFilter(filterPath(p.dir, ref.file)).values) {
        let all = values.get(value);
        if (!all) values.set(value, (all = []));
        for (const n of pages) all.push(numbers[n + p.offset]);
      }
    }
    const sorted = [...values.keys()].sort(compareCodePoints).map((value) => ({ value, pages: values.get(value)!.sort((a, b) => a - b) }));
    filters.push({
      name,
      file: await writeHashed(writes, (n) => filterPath(out, n), language, encodeFilter({ name, values: sorted }), taken),
    });
  }
  return filters;
}

async function mergeLanguage(
  writes: Writes,
  dirs: string[],
  entries: PagefindEntry[],
  language: string,
  out: string,
  chunkSize: number,
  tags: Set<string>,
  onWord?: WordListener,
): Promise<MergedLanguage & { hash: string }> {
  let offset = 0;
  const parts: Part[] = dirs.map((dir, i) => {
    const file = metaPath(dir, entries[i].languages[language].hash);
    const cbor = readPagefindFile(fs.readFileSync(file));
    const meta = decodeMeta(cbor, file);
    const tag = hashedTag(cbor, tags);
    tags.add(tag);
    const part = { dir, meta, offset, tag, ranks: ranksOf(meta) };
    offset += meta.pages.length;
    return part;
  });
  const version = parts[0].meta.version;

  // Newest first: the last part's pages first, each part's in its own order; `before[i]`: the
  // pages of the parts newer than part i, numbered before its own.
  const before = parts.map((p) => offset - p.offset - p.meta.pages.length);
  const numbers = new Int32Array(offset);
  parts.forEach((p, i) => p.ranks.forEach((rank, page) => (numbers[p.offset + page] = before[i] + rank)));
  const pages: MetaPage[] = new Array(offset);
  for (const p of parts) {
    const list = p.meta.pages;
    // Numbered in the joined order, so that neighbouring names in the page list count up.
    const inOrder = list.map((_, i) => p.offset + i).sort((a, b) => numbers[a] - numbers[b]);
    inOrder.forEach((page, k) => {
      const { fragment, wordCount, group } = list[page - p.offset];
      if (group)
        throw new Error(
          `${p.dir}: page ${page - p.offset} shares fragment file ${group} with others (Pagefind's maxFragments); the join reads one fragment file a page`,
        );
      const name = countedName(p.tag, k);
      linkOrCopy(fragmentPath(p.dir, fragment), fragmentPath(out, name));
      pages[numbers[page]] = { fragment: name, wordCount: roundedLength(wordCount), group };
    });
  }

  const indexTag = hashedTag(Buffer.from([JOIN_LAYOUT, language, version, chunkSize, ...parts.map((p) => p.tag)].join('\n')), tags);
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
    writeChunkHead(head, count);
    const name = countedName(indexTag, names.length);
    await writes.addChunk(chunkPath(out, name), [head.view(), body.view()]);
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
    onWord?.(
      last,
      same.reduce((n, s) => n + s.item.pages.locations, 0),
    );
    if (cutter.endsAfter(same.reduce((n, s) => n + s.item.pages.locations + s.item.pages.count, 0))) await flush();
  }
  if (count) await flush();
  const chunks: MetaChunk[] = chunkRanges(bounds).map(([from, to], i) => ({ from, to, file: names[i] }));

  const filters = await mergeFilters(writes, parts, numbers, out, language, new Set());
  const fields = [...new Set(parts.flatMap((p) => p.meta.fields))].sort(compareCodePoints);

  const cbor = encodeMeta({ version, pages, chunks, filters, sorts: [], fields });
  const hash = hashedName(language, cbor, new Set());
  await writes.add(metaPath(out, hash), cbor, 'zopfli');
  return { language, hash, pages: pages.length, chunks: chunks.length, filters: filters.length };
}

/** Told each word of the joined index with the number of places it occurs. */
export type WordListener = (word: string, locations: number) => void;

/**
 * Writes into `out` (made empty first) one bundle holding every page of the bundles in `dirs`,
 * telling `onWord` of each word on the way; with `chunkCache`, a folder of compressed word
 * chunks kept between merges (gzip-cache.ts).
 */
export async function mergeBundles(
  dirs: string[],
  out: string,
  chunkSize = JOINED_CHUNK_SIZE,
  onWord?: WordListener,
  chunkCache?: string,
): Promise<MergeReport> {
  if (!dirs.length) throw new Error('no Pagefind bundles to merge');
  const entries = dirs.map(readEntry);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  // The search code, styles and wasm are the same in every part: the first copy of each is kept.
  for (const dir of dirs) {
    for (const name of fs.readdirSync(dir)) {
      const from = path.join(dir, name);
      if (isIndexFile(name) || !fs.statSync(from).isFile()) continue;
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
    merged.push(
      await mergeLanguage(
        writes,
        having.map(([d]) => d),
        having.map(([, e]) => e),
        language,
        out,
        chunkSize,
        tags,
        onWord,
      ),
    );
  }
  await writes.done();
  writes.chunks?.prune();
  const entry: PagefindEntry = { ...entries[0], languages: {} };
  for (const m of merged) {
    const wasm = entries.find((e) => e.languages[m.language])!.languages[m.language].wasm;
    entry.languages[m.language] = { hash: m.hash, wasm, page_count: m.pages };
  }
  fs.writeFileSync(path.join(out, ENTRY_FILE), JSON.stringify(entry));
  return { languages: merged.map(({ hash: _, ...m }) => m), chunksReused: writes.chunks?.reused ?? 0 };
}

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
  decodeMeta,
  encodeMeta,
  fragmentPath,
  isIndexFile,
  metaPath,
  readEntry,
  ENTRY_FILE,
  type MetaPage,
  type PagefindEntry,
} from './pagefind/bundle-format.ts';
import { compareCodePoints } from './pagefind/chunks.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { countedName, JOIN_LAYOUT, JOINED_CHUNK_SIZE, roundedLength } from './size-tweaks.ts';
import { GzipCache } from './gzip-cache.ts';
import { Writes } from './pending-writes.ts';
import { mergeFilters, ranksOf, type Part } from './merge-filters.ts';
import { mergeWords, type WordListener } from './merge-words.ts';

export type { WordListener };

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
  const chunks = await mergeWords(writes, parts, before, out, chunkSize, indexTag, onWord);

  const filters = await mergeFilters(writes, parts, numbers, out, language, new Set());
  const fields = [...new Set(parts.flatMap((p) => p.meta.fields))].sort(compareCodePoints);

  const cbor = encodeMeta({ version, pages, chunks, filters, sorts: [], fields });
  const hash = hashedName(language, cbor, new Set());
  await writes.add(metaPath(out, hash), cbor, 'zopfli');
  return { language, hash, pages: pages.length, chunks: chunks.length, filters: filters.length };
}

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

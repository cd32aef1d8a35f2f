/**
 * The words of a join (bundle-merge.ts): every part's words, read in the form of part-words.ts,
 * merged in code-point order and written into word chunks as they come.
 */
import { chunkPath, type MetaChunk } from './pagefind/bundle-format.ts';
import { writeChunkHead } from './pagefind/word-chunk.ts';
import { ChunkCutter, chunkRanges } from './pagefind/chunks.ts';
import { mergeByKey } from './word-merge.ts';
import { countedName } from './size-tweaks.ts';
import type { Writes } from './pending-writes.ts';
import { CborWriter } from './cbor-bytes.ts';
import { writeJoinedWord, type PartWord } from './part-words.ts';
import { partWordsFile, readPartWordsFile } from './part-words-file.ts';
import type { Part } from './merge-filters.ts';

/** Told each word of the joined index with the number of places it occurs. */
export type WordListener = (word: string, locations: number) => void;

/**
 * Writes the joined word chunks into `out`, named `indexTag` and a count, and returns the
 * chunks' ranges for the metadata. `before[i]`: the pages numbered before part i's own.
 */
export async function mergeWords(
  writes: Writes,
  parts: Part[],
  before: number[],
  out: string,
  chunkSize: number,
  indexTag: string,
  onWord?: WordListener,
): Promise<MetaChunk[]> {
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
  return chunks;
}

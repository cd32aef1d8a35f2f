/**
 * A part's words (part-words.ts) kept in the part's folder, beside the Pagefind bundle they are
 * made from, so that a part indexed in an earlier build is never decoded again; read back record
 * by record through a window of the file, so a join holds a little of each part, not all of it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { atomicWrite } from '../files/atomic-write.ts';
import { readPagefindFile } from './pagefind/files.ts';
import { chunkPath, type PagefindMeta } from './pagefind/bundle-format.ts';
import { readWordChunk } from './pagefind/word-chunk.ts';
import { toAbsolute } from './word-merge.ts';
import { decodePartWord, encodePartWords, type PartWord } from './part-words.ts';
import { CborReader } from './cbor-bytes.ts';
import { readInto } from '../files/read-into.ts';

// In a folder of its own, which a join does not copy as it copies the bundle's files. In the
// name: a change to the layout or to how pages are numbered must not read an old file.
const FILE = path.join('reply-archive', 'words-1.bin');

/**
 * The path of the part's words file, encoded now from its word chunks (listed in `meta`) if it is
 * not there yet; `ranks[page]` numbers the part's pages newest first.
 */
export async function partWordsFile(dir: string, meta: PagefindMeta, ranks: ArrayLike<number>): Promise<string> {
  const file = path.join(dir, FILE);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Chunk by chunk: the decoded words of a whole part at once cost seconds of garbage collection.
  function* words() {
    for (const chunk of meta.chunks) {
      for (const w of readWordChunk(readPagefindFile(fs.readFileSync(chunkPath(dir, chunk.file))))) yield toAbsolute(w, 0);
    }
  }
  await atomicWrite(file, encodePartWords(words(), ranks));
  return file;
}

const WINDOW = 1 << 20;

/**
 * The words of a part's words file, in order. A word's fields are views of the reader's window:
 * valid until the next word is read (mergeByKey reads on only then).
 */
export function* readPartWordsFile(file: string): Generator<PartWord> {
  const fd = fs.openSync(file, 'r');
  try {
    // One window, reused: a new one per refill is external memory that has the garbage collector
    // run over Astro's whole heap at every refill.
    let window = Buffer.allocUnsafe(WINDOW);
    let buf: Uint8Array = window.subarray(0, 0);
    let at = 0;
    let eof = false;
    // Moves what is left of the window to its start and reads on after it, to at least `need` bytes.
    const refill = (need: number) => {
      const left = buf.length - at;
      if (need > window.length) {
        const bigger = Buffer.allocUnsafe(need);
        bigger.set(buf.subarray(at));
        window = bigger;
      } else window.copyWithin(0, at, buf.length);
      const filled = readInto(fd, window, left);
      eof = filled < window.length;
      buf = window.subarray(0, filled);
      at = 0;
    };
    for (;;) {
      // A record's length head takes at most 5 bytes.
      if (buf.length - at < 5 && !eof) refill(5);
      if (at >= buf.length) return;
      const head = new CborReader(buf.subarray(at));
      let length: number;
      try {
        length = head.uint();
      } catch (e) {
        throw new Error(`${file}: ${(e as Error).message}`);
      }
      if (at + head.pos + length > buf.length && !eof) refill(head.pos + length);
      const start = at + head.pos;
      if (start + length > buf.length) throw new Error(`${file}: ends inside a record`);
      at = start + length;
      yield decodePartWord(buf.subarray(start, at));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Files being compressed and written while a merge goes on, at most four at a time; word chunks
 * through the cache of compressed chunks (gzip-cache.ts), if there is one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipPagefindFile } from './pagefind/files.ts';
import { linkOrCopy } from './link-or-copy.ts';
import type { GzipCache } from './gzip-cache.ts';

/** Writes of Pagefind files, compressed off the main thread; `done()` waits for all of them. */
export class Writes {
  private pending: Promise<void>[] = [];
  private readonly limit = 4;
  constructor(readonly chunks?: GzipCache) {}
  async add(file: string, cbor: Uint8Array, level?: number | 'zopfli'): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.pending.push(gzipPagefindFile(cbor, level).then((gz) => fs.promises.writeFile(file, gz)));
    if (this.pending.length >= this.limit) await this.pending.shift();
  }
  /**
   * A word chunk, the CBOR its `pieces` make: through the cache of compressed chunks, if there is
   * one. The pieces are read before the call returns: the caller may reuse their memory.
   */
  async addChunk(file: string, pieces: readonly Uint8Array[]): Promise<void> {
    if (!this.chunks) return this.add(file, Buffer.concat(pieces));
    this.pending.push(this.chunks.file(pieces).then((cached) => linkOrCopy(cached, file)));
    if (this.pending.length >= this.limit) await this.pending.shift();
  }
  async done(): Promise<void> {
    await Promise.all(this.pending.splice(0));
  }
}

/**
 * Compressed word chunks kept by content between builds: a chunk whose CBOR is byte for byte one
 * an earlier build compressed is linked from the cache instead of compressed again. After one
 * letter is corrected most chunks are (page numbers stay, only the chunks holding that letter's
 * words change), and compressing is much of the join's time. Files are named by the SHA-256 of
 * their CBOR; what a build does not use is removed at its end.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { atomicWrite } from '../files/atomic-write.ts';
import { gzipPagefindFile } from './pagefind/files.ts';

export class GzipCache {
  private readonly used = new Set<string>();
  /** How many files came from the cache. */
  reused = 0;

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  /**
   * The path of the gzipped Pagefind file for the CBOR `pieces` make, one after the other: from the
   * cache, or compressed into it now. The pieces are joined only to be compressed: most chunks
   * come from the cache, and a copy of each would be memory for the garbage collector. The pieces
   * are read before the call returns: the caller may reuse their memory.
   */
  async file(pieces: readonly Uint8Array[]): Promise<string> {
    const hash = createHash('sha256');
    for (const piece of pieces) hash.update(piece);
    const name = `${hash.digest('hex').slice(0, 40)}.pf_gz`;
    this.used.add(name);
    const file = path.join(this.dir, name);
    if (fs.existsSync(file)) {
      this.reused++;
      return file;
    }
    await atomicWrite(file, await gzipPagefindFile(Buffer.concat(pieces)));
    return file;
  }

  /** Removes every file this build did not ask for. */
  prune(): void {
    for (const name of fs.readdirSync(this.dir)) if (!this.used.has(name)) fs.rmSync(path.join(this.dir, name), { force: true });
  }
}

/**
 * Writing a letter's files beside its MDX file so that an interruption at any point loses nothing:
 * each file through a temporary file and a rename, in the order given (kept versions first, then
 * the new original and other formats, then the MDX file), and removals last.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { atomicWrite } from '../files/atomic-write.ts';
import { LetterError } from './letter-error.ts';

export interface LetterWrites {
  /** Files to write, by name beside the MDX file, in order. */
  write: { name: string; data: Uint8Array | string }[];
  /** Files to remove once all are written: only files whose bytes a written file keeps. */
  remove: string[];
}

/** Writes and then removes the files in the folder `dir`. */
export async function applyWrites(dir: string, writes: LetterWrites): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of writes.write) await atomicWrite(join(dir, f.name), f.data);
  const written = new Set(writes.write.map((f) => f.name));
  for (const name of writes.remove) if (!written.has(name)) await rm(join(dir, name), { force: true });
}

/** The bytes of a file kept beside an MDX file; a LetterError naming it when it is missing. */
export async function keptBytes(dir: string, name: string, mdxPath: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(join(dir, name)));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    throw new LetterError(`${mdxPath}: its kept file ${name} is missing, so it cannot be kept as an earlier version`);
  }
}

/**
 * Writing a file so that no reader ever sees it half written: the data goes to a temporary file
 * beside it, which is then renamed over it; on failure the temporary file is removed.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

let serial = 0;

/** Writes `data` to `path` through a temporary file in the same folder and a rename. */
export async function atomicWrite(path: string, data: Uint8Array | string): Promise<void> {
  const tmp = join(dirname(path), `.${process.pid}.${Date.now()}.${serial++}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Reading a file into a buffer the caller keeps and reuses, instead of a new buffer per read. */
import fs from 'node:fs';

/**
 * Reads from `fd`, at its current position, into `buf` from `start` up to `end` (default: its
 * length), stopping early only where the file ends. Returns where the bytes read end in `buf`.
 */
export function readInto(fd: number, buf: Uint8Array, start: number, end = buf.length): number {
  let at = start;
  for (let n; at < end && (n = fs.readSync(fd, buf, at, end - at, null));) at += n;
  return at;
}

/** Puts a file at a second path: a hard link where the file system allows it, else a copy. */
import fs from 'node:fs';
import path from 'node:path';

/** Links (or copies) `from` to `to`, making `to`'s folder first. */
export function linkOrCopy(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.linkSync(from, to);
  } catch {
    fs.copyFileSync(from, to);
  }
}

/** The files of a build's output folder, and a fingerprint that changes whenever any of them does. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A file of the folder: its path (relative, `/`-separated), size, modification and change times. */
export interface OutputFile {
  file: string;
  size: number;
  mtimeMs: number;
  /** Also set when a hard link to the file is made (the search index links its files in). */
  ctimeMs: number;
}

/** Every file under `dir`, in path order; none if the folder does not exist. */
export function outputFiles(dir: string): OutputFile[] {
  if (!fs.existsSync(dir)) return [];
  const files: OutputFile[] = [];
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs, ctimeMs } = fs.statSync(full);
    files.push({ file: path.relative(dir, full).split(path.sep).join('/'), size, mtimeMs, ctimeMs });
  }
  return files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A digest of the files' paths, sizes and times: equal only if no file was added, removed or written. */
export function fingerprint(files: readonly OutputFile[]): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${f.file}\0${f.size}\0${f.mtimeMs}\n`);
  return hash.digest('hex');
}

/**
 * The paths named on ingest's command line → the letter files to ingest. A folder is read
 * recursively, in name order, following symlinks to folders but never into a loop. A path that
 * cannot be read (not found, a symlink to nothing, a symlink loop, a folder or file without read
 * permission) is a problem of its own, one line, and the others go on.
 */
import { constants } from 'node:fs';
import { access, lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isLetterFile } from './read-letter.ts';

/** A path that gave no file: `reason` names the kind (`not found`), `detail` the rest. */
export interface PathProblem {
  path: string;
  reason: string;
  detail?: string;
}

export interface ListedFiles {
  /** Files to ingest, in order: every file named outright, and a folder's letter files (isLetterFile). */
  files: string[];
  /** Files in folders that are not letters (other extensions). */
  skipped: string[];
  problems: PathProblem[];
}

/** `not found: 报送/第12号.txt`, `a symlink to nothing: 报送/x.txt → ../old/x.txt`. */
export function problemLine(p: PathProblem): string {
  return `${p.reason}: ${p.path}${p.detail ? ` ${p.detail}` : ''}`;
}

/** Lists the files under `paths`, in order. */
export async function listFiles(paths: string[]): Promise<ListedFiles> {
  const out: ListedFiles = { files: [], skipped: [], problems: [] };
  for (const path of paths) {
    const problem = await addPath(path, true, new Set(), out);
    if (problem) out.problems.push({ path, ...problem });
  }
  return out;
}

/** Adds the file or folder at `path`, or says why it gives none. `ancestors`: the real paths of the folders it lies in. */
async function addPath(path: string, named: boolean, ancestors: Set<string>, out: ListedFiles): Promise<Omit<PathProblem, 'path'> | null> {
  const link = await lstat(path).catch(errorCode);
  if (typeof link === 'string') return link === 'ENOENT' ? { reason: 'not found' } : unreadable(link);
  const info = link.isSymbolicLink() ? await stat(path).catch(errorCode) : link;
  if (info === 'ENOENT') return { reason: 'a symlink to nothing', detail: `→ ${await readlink(path)}` };
  if (info === 'ELOOP') return { reason: 'a symlink loop' };
  if (typeof info === 'string') return unreadable(info);
  if (info.isDirectory()) {
    const real = await realpath(path);
    if (ancestors.has(real))
      return { reason: 'a symlink loop', detail: `→ ${link.isSymbolicLink() ? await readlink(path) : real} (a folder it lies in)` };
    return addFolder(path, new Set([...ancestors, real]), out);
  }
  if (!info.isFile()) return { reason: 'not a file or folder' };
  if (!named && !isLetterFile(path)) {
    out.skipped.push(path);
    return null;
  }
  const readable = await access(path, constants.R_OK).then(() => null, errorCode);
  if (readable) return unreadable(readable);
  out.files.push(path);
  return null;
}

async function addFolder(path: string, ancestors: Set<string>, out: ListedFiles): Promise<Omit<PathProblem, 'path'> | null> {
  const names = await readdir(path).catch(errorCode);
  if (typeof names === 'string') return { reason: 'cannot read the folder', detail: `(${describe(names)})` };
  for (const name of names.sort()) {
    const full = join(path, name);
    const problem = await addPath(full, false, ancestors, out);
    if (problem) out.problems.push({ path: full, ...problem });
  }
  return null;
}

function unreadable(code: string): Omit<PathProblem, 'path'> {
  return { reason: 'cannot be read', detail: `(${describe(code)})` };
}

function describe(code: string): string {
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
}

function errorCode(e: NodeJS.ErrnoException): string {
  if (!e.code) throw e;
  return e.code;
}

/**
 * Checks a whole content folder: every letter under `replies/` and `withdrawn/` (check-letter.ts),
 * each kept file no letter claims, and the temporary files of an interrupted write. One result
 * per letter or stray file, with all its problems.
 */
import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { checkLetter } from './check-letter.ts';
import { KEPT_FILE_NAME } from './kept-files.ts';

export interface CheckResult {
  path: string;
  /** What is wrong, one line each; [] when nothing is. */
  problems: string[];
}

type Place = 'replies' | 'withdrawn';

/** Checks every letter and kept file under the content folder, letters in path order, then stray files. */
export async function checkContent(contentDir: string): Promise<CheckResult[]> {
  const tree = { replies: await filesUnder(join(contentDir, 'replies')), withdrawn: await filesUnder(join(contentDir, 'withdrawn')) };
  const ids = {
    replies: new Set(tree.replies.filter(isMdx).map(idOf)),
    withdrawn: new Set(tree.withdrawn.filter(isMdx).map(idOf)),
  };
  const results: CheckResult[] = [];
  // The files each folder's letters name; an unreadable letter claims every file named after it.
  const claimed = new Set<string>();
  for (const place of ['replies', 'withdrawn'] as const) {
    for (const path of tree[place].filter(isMdx)) {
      const { problems, claims } = await checkLetter(path, place === 'replies').catch((e: NodeJS.ErrnoException) => {
        if (!e.code) throw e;
        return { problems: [`cannot be read: ${e.message}`], claims: null };
      });
      if (place === 'replies' && ids.withdrawn.has(idOf(path))) {
        problems.push(`it is under withdrawn/ too (an interrupted withdrawal): npm run withdraw -- ${idOf(path)} finishes it`);
      }
      const dir = dirname(path);
      if (claims) for (const c of claims) claimed.add(join(dir, c));
      else for (const f of tree[place]) if (dirname(f) === dir && basename(f).startsWith(`${idOf(path)}.`)) claimed.add(f);
      results.push({ path, problems });
    }
  }
  for (const place of ['replies', 'withdrawn'] as const) {
    for (const path of tree[place]) {
      const problem = isMdx(path) || claimed.has(path) ? null : strayProblem(basename(path), place, ids);
      if (problem) results.push({ path, problems: [problem] });
    }
  }
  return results;
}

/** What is wrong with a file in `place` that no letter claims; null when it is not ingest's. */
export function strayProblem(name: string, place: Place, ids: Record<Place, Set<string>>): string | null {
  if (name.endsWith('.tmp')) return 'left by an interrupted write: delete it when no ingest or withdraw is running';
  const id = KEPT_FILE_NAME.exec(name)?.[1];
  if (!id) return null;
  const other: Place = place === 'replies' ? 'withdrawn' : 'replies';
  if (ids[other].has(id) && !ids[place].has(id)) {
    return `left by an interrupted withdrawal of ${id}: npm run withdraw -- ${id} finishes it`;
  }
  return 'a kept file that no letter claims (its MDX file is gone or no longer names it)';
}

/** Every file under `root`, in path order; [] when there is no such folder. */
async function filesUnder(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const isMdx = (path: string) => path.endsWith('.mdx');
const idOf = (path: string) => basename(path, '.mdx');

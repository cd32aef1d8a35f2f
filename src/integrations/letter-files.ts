/**
 * After the pages are written, puts each letter's published files beside its page
 * (src/letters/published-files.ts: its record.json from the letter store, its originals byte for
 * byte, a `.txt` original's view copy, its earlier versions' originals and records) and under
 * `astro dev` serves the same. Plain file copies, not Astro routes: at tens of thousands of
 * letters a route per file costs many times what a copy does. In an output folder kept from the
 * last build (kept-output.ts) files already in place are not copied again, and every letter file
 * this build does not publish — a withdrawn or held-back letter's, a replaced format's — is removed.
 */
import fs from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { atomicWrite } from '../files/atomic-write.ts';
import type { LetterStore } from '../letters/letter-store.ts';
import { letterYear, type Letter } from '../letters/letter.ts';
import { RECORD_NAME, isLetterFile, letterSources, letterVersions } from '../letters/published-files.ts';
import { keptPath, viewCopy } from '../letters/source-file.ts';

export { isLetterFile };

/** One file published beside a letter's page: its name in the letter's folder, what it is made from, and how. */
interface Planned {
  name: string;
  from: string;
  /** `copy`: byte for byte; `view`: a `.txt` original's view copy (source-file.ts). */
  make: 'copy' | 'view';
}

/** The files published beside the letter's page; throws naming its MDX file if a kept file is missing. */
function plannedFiles(letter: Letter, store: LetterStore): Planned[] {
  const planned: Planned[] = [{ name: RECORD_NAME, from: store.recordFile(letter), make: 'copy' }];
  const versions = letterVersions(letter.data);
  for (const s of [...letterSources(letter.data), ...versions.map((v) => v.source)]) {
    planned.push({ name: s.name, from: keptPath(letter, s.kept), make: 'copy' });
    if (s.view) planned.push({ name: s.view, from: keptPath(letter, s.kept), make: 'view' });
  }
  for (const v of versions) planned.push({ name: v.record.name, from: keptPath(letter, v.record.kept), make: 'copy' });
  for (const p of planned.slice(1)) {
    if (!fs.existsSync(p.from)) throw new Error(`${letter.filePath}: its kept file ${path.basename(p.from)} is missing`);
  }
  return planned;
}

/**
 * Whether `to` is already made from `from`, as left by an earlier build in a kept output folder:
 * written after it (and, for a copy, of its size). The store writes a letter's record anew with
 * each version of its MDX file; a new original is a new file: either is newer than what was made
 * from what it replaces.
 */
async function upToDate(p: Planned, to: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([stat(p.from), stat(to)]);
    return (p.make === 'view' || a.size === b.size) && b.mtimeMs >= a.mtimeMs;
  } catch {
    return false;
  }
}

/** Removes every letter file under `out/replies` not in `expected`, and the folders that leaves empty. */
function removeStale(out: string, expected: ReadonlySet<string>): number {
  const root = path.join(out, 'replies');
  if (!fs.existsSync(root)) return 0;
  const emptied = new Set<string>();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(out, full).split(path.sep).join('/');
    if (!isLetterFile(rel) || expected.has(rel)) continue;
    fs.rmSync(full);
    emptied.add(entry.parentPath);
  }
  // Deepest first, each folder then its parents up to replies/, while they are empty.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let d = dir; d.startsWith(root + path.sep) && fs.existsSync(d) && !fs.readdirSync(d).length; d = path.dirname(d)) fs.rmdirSync(d);
  }
  return emptied.size;
}

/** Runs `work` on every item, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes every letter's published files into the output folder `out`, and removes those no letter publishes. */
export async function writeLetterFiles(out: string, store: LetterStore, logger: AstroIntegrationLogger): Promise<void> {
  const letters = await store.letters();
  const expected = new Set<string>();
  let made = 0;
  await eachLimited(letters, 16, async (letter) => {
    const folder = `replies/${letterYear(letter)}/${letter.id}`;
    for (const p of plannedFiles(letter, store)) {
      const to = path.join(out, folder, p.name);
      expected.add(`${folder}/${p.name}`);
      if (await upToDate(p, to)) continue;
      await mkdir(path.dirname(to), { recursive: true });
      if (p.make === 'copy') await copyFile(p.from, to);
      else await atomicWrite(to, viewCopy(await readFile(p.from)));
      made++;
    }
  });
  const stale = removeStale(out, expected);
  logger.info(
    `${letters.length} letters' records and originals in place (${made} files written; stale files removed from ${stale} folders)`,
  );
}

const FILE_URL = /\/(replies\/\d{4}\/([a-z0-9-]+)\/.+)$/;

const contentType = (name: string) =>
  name.endsWith('.json')
    ? 'application/json; charset=utf-8'
    : name.endsWith('.txt')
      ? 'text/plain; charset=utf-8'
      : 'application/octet-stream';

/** Under `astro dev`, which writes no files, answers the same files from the letter store and the content folder. */
export function serveLetterFiles(server: HookParameters<'astro:server:setup'>['server'], store: LetterStore): void {
  server.middlewares.use(async (req, res, next) => {
    const m = FILE_URL.exec((req.url ?? '').split('?')[0]);
    if (!m || !isLetterFile(m[1])) return next();
    const letter = (await store.letters()).find((l) => l.id === m[2]);
    const name = m[1].slice(m[1].indexOf(`${m[2]}/`) + m[2].length + 1);
    const planned = letter && plannedFiles(letter, store).find((p) => p.name === name);
    if (!planned) return next();
    res.setHeader('Content-Type', contentType(name));
    const bytes = await readFile(planned.from);
    res.end(planned.make === 'copy' ? bytes : viewCopy(bytes));
  });
}

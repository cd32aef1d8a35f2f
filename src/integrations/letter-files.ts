/**
 * After the pages are written, puts each letter's open-data files beside its page —
 * `replies/<year>/<id>/record.json` (from the letter store, which made it when the letter was
 * read) and `replies/<year>/<id>/source.<ext>` (the kept original, byte for byte) — and under
 * `astro dev` serves the same two. Plain file copies, not Astro routes: at tens of thousands of
 * letters a route per file costs many times what a copy does. In an output folder kept from the
 * last build (kept-output.ts) files already in place are not copied again, and a withdrawn
 * letter's files are removed.
 */
import fs from 'node:fs';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { LetterStore } from '../letters/letter-store.ts';
import { letterYear } from '../letters/letter.ts';
import { sourceExt, sourcePath } from '../letters/source-file.ts';

const FILE_URL = /\/replies\/(\d{4})\/([a-z0-9-]+)\/(record\.json|source\.(txt|docx|pdf|bin))$/;

/** Whether a path in the output folder (relative, `/`-separated) is a letter's record or original. */
export const isLetterFile = (file: string): boolean => FILE_URL.test(`/${file}`);

/**
 * Whether `to` is already a copy of `from`, as left by an earlier build in a kept output folder:
 * same size, written after it. (The store writes a letter's record anew with each version of its
 * MDX file; a new original is a new file: either is newer than any copy of what it replaces.)
 */
async function copied(from: string, to: string): Promise<boolean> {
  try {
    const [a, b] = await Promise.all([stat(from), stat(to)]);
    return a.size === b.size && b.mtimeMs >= a.mtimeMs;
  } catch {
    return false;
  }
}

/** Removes the record and original of every letter folder under `out/replies` not in `current` (`year/id`). */
function removeWithdrawn(out: string, current: ReadonlySet<string>): void {
  const root = path.join(out, 'replies');
  for (const year of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const dir = path.join(root, year);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const id of fs.readdirSync(dir)) {
      if (current.has(`${year}/${id}`) || !fs.statSync(path.join(dir, id)).isDirectory()) continue;
      for (const name of fs.readdirSync(path.join(dir, id))) {
        if (isLetterFile(`replies/${year}/${id}/${name}`)) fs.rmSync(path.join(dir, id, name));
      }
      if (!fs.readdirSync(path.join(dir, id)).length) fs.rmdirSync(path.join(dir, id));
    }
    if (!fs.readdirSync(dir).length) fs.rmdirSync(dir);
  }
}

/** Runs `work` on every item, `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Writes every letter's record.json and original into the output folder `out`. */
export async function writeLetterFiles(out: string, store: LetterStore, logger: AstroIntegrationLogger): Promise<void> {
  const letters = await store.letters();
  let copies = 0;
  await eachLimited(letters, 16, async (letter) => {
    const source = sourcePath(letter);
    if (!fs.existsSync(source)) throw new Error(`${letter.filePath}: its kept original (${letter.data.sourceFile}) is missing`);
    const target = path.join(out, 'replies', letterYear(letter), letter.id);
    await mkdir(target, { recursive: true });
    for (const [from, to] of [
      [store.recordFile(letter), 'record.json'],
      [source, `source.${sourceExt(letter)}`],
    ]) {
      if (!(await copied(from, path.join(target, to)))) {
        await copyFile(from, path.join(target, to));
        copies++;
      }
    }
  });
  removeWithdrawn(out, new Set(letters.map((l) => `${letterYear(l)}/${l.id}`)));
  logger.info(`${letters.length} letters' records and originals in place (${copies} files copied)`);
}

/** Under `astro dev`, which writes no files, answers the same two from the letter store. */
export function serveLetterFiles(server: HookParameters<'astro:server:setup'>['server'], store: LetterStore): void {
  server.middlewares.use(async (req, res, next) => {
    const m = FILE_URL.exec((req.url ?? '').split('?')[0]);
    const letter = m ? (await store.letters()).find((l) => l.id === m[2]) : undefined;
    if (!m || !letter) return next();
    const record = m[3] === 'record.json';
    res.setHeader('Content-Type', record ? 'application/json; charset=utf-8' : 'application/octet-stream');
    res.end(await readFile(record ? store.recordFile(letter) : sourcePath(letter)));
  });
}

/**
 * Astro integration: after the pages are written, puts each letter's open-data files beside its
 * page — `replies/<year>/<id>/record.json` (record-format.md fields plus `id`) and
 * `replies/<year>/<id>/source.<ext>` (the kept original, byte for byte). Plain file writes, not
 * Astro routes: at tens of thousands of letters routes cost minutes, copies seconds. A record.json
 * is made once per version of its MDX file and kept in the cache folder, so a build after a
 * change parses only the letters that changed. In an output folder kept from the last build
 * (kept-output-integration.ts) files already in place are not copied again, and a withdrawn
 * letter's files are removed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { copyFile, mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { frontmatterOf, readContentIndex } from '../ingest/content-index.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { openRecord } from './record-lookup.ts';
import type { ArchivedRecord } from '../record/record-schema.ts';

const FILE_URL = /\/replies\/(\d{4})\/([a-z0-9-]+)\/(record\.json|source\.(txt|docx|pdf|bin))$/;

/** Whether a path in the output folder (relative, `/`-separated) is a letter's record or original. */
export const isLetterFile = (file: string): boolean => FILE_URL.test(`/${file}`);
const SOURCE = /^(.+)\.source\.([a-z0-9]+)$/i;

function recordJson(mdx: string): string {
  return JSON.stringify(openRecord(frontmatterOf(mdx) as ArchivedRecord), null, 2) + '\n';
}

/**
 * Whether `to` is already a copy of `from`, as left by an earlier build in a kept output folder:
 * same size, written after it. (A cached record is named by its MDX's digest and made when first
 * needed; a new original is a new file: either is newer than any copy of what it replaces.)
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
      for (const name of fs.readdirSync(path.join(dir, id))) if (isLetterFile(`replies/${year}/${id}/${name}`)) fs.rmSync(path.join(dir, id, name));
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

/** The letters of the content folder, from file names alone: `<year>/<id>.mdx` and `<id>.source.<ext>`. */
async function letterFiles(contentDir: string): Promise<{ year: string; id: string; mdx: string; source?: string; ext: string }[]> {
  const root = path.join(contentDir, 'replies');
  if (!fs.existsSync(root)) return [];
  const found = [];
  for (const year of (await readdir(root)).sort()) {
    const dir = path.join(root, year);
    if (!fs.statSync(dir).isDirectory()) continue;
    const names = await readdir(dir);
    const sources = new Map(names.flatMap((n) => { const m = SOURCE.exec(n); return m ? [[m[1], n] as const] : []; }));
    for (const name of names.filter((n) => n.endsWith('.mdx')).sort()) {
      const id = name.slice(0, -4);
      const source = sources.get(id);
      const ext = source ? SOURCE.exec(source)![2].toLowerCase() : 'bin';
      found.push({ year, id, mdx: path.join(dir, name), source: source && path.join(dir, source), ext });
    }
  }
  return found;
}

/** Writes every letter's record.json and source file into the build output (and serves them in dev). */
export function letterFilesIntegration(contentDir: string): AstroIntegration {
  let cache = '';
  return {
    name: 'reply-archive:letter-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        cache = path.join(fileURLToPath(config.cacheDir), 'letter-records');
      },
      // `astro dev` writes no files: the same two are answered from the content folder.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const m = FILE_URL.exec((req.url ?? '').split('?')[0]);
          const letter = m ? (await readContentIndex(contentDir)).find((l) => l.id === m[2]) : undefined;
          if (!m || !letter) return next();
          if (m[3] === 'record.json') {
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            return res.end(recordJson(await readFile(letter.path, 'utf8')));
          }
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(await readFile(path.join(path.dirname(letter.path), letter.sourceFile)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const letters = await letterFiles(contentDir);
        fs.mkdirSync(cache, { recursive: true });
        const used = new Set<string>();
        let made = 0;
        await eachLimited(letters, 16, async (letter) => {
          const mdx = await readFile(letter.mdx);
          const name = `${createHash('sha256').update(mdx).digest('hex').slice(0, 32)}.json`;
          used.add(name);
          const cached = path.join(cache, name);
          if (!fs.existsSync(cached)) {
            await atomicWrite(cached, recordJson(mdx.toString('utf8')));
            made++;
          }
          const target = path.join(out, 'replies', letter.year, letter.id);
          await mkdir(target, { recursive: true });
          if (!letter.source) throw new Error(`${letter.mdx}: its kept original (${letter.id}.source.*) is missing`);
          for (const [from, to] of [[cached, 'record.json'], [letter.source, `source.${letter.ext}`]]) {
            if (!(await copied(from, path.join(target, to)))) await copyFile(from, path.join(target, to));
          }
        });
        for (const name of fs.readdirSync(cache)) if (!used.has(name)) fs.rmSync(path.join(cache, name), { force: true });
        removeWithdrawn(out, new Set(letters.map((l) => `${l.year}/${l.id}`)));
        logger.info(`${letters.length} letters' records and originals in place (${made} records made anew)`);
      },
    },
  };
}

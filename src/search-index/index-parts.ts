/**
 * Indexing letter pages with Pagefind in parts, each by a Pagefind service of its own
 * (pagefind/index-folder.ts), so memory is bounded by the part, not the archive; a part whose
 * pages are unchanged since the last build is taken from the cache instead of being indexed
 * again. `mergeBundles` then joins the parts.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { compareCodePoints } from './pagefind/chunks.ts';
import { indexFolder, installedPagefindVersion } from './pagefind/index-folder.ts';
import { ENTRY_FILE } from './pagefind/bundle-format.ts';
import { linkOrCopy } from './link-or-copy.ts';
import { readInto } from '../files/read-into.ts';

/** A page to index: its path inside the site folder, its Pagefind sort key (the letter's date), the digest of its bytes. */
export interface IndexedPage {
  sourcePath: string;
  sortKey: string;
  digest: string;
}

/**
 * Splits pages into parts of at most `maxPages`, in sort-key order (then path), never mixing two
 * years (the key's first 4 characters): adding a letter re-indexes only parts of its own year.
 */
export function planParts(pages: readonly IndexedPage[], maxPages: number): IndexedPage[][] {
  if (!(maxPages >= 1)) throw new Error(`part size must be at least 1 page, not ${maxPages}`);
  const sorted = [...pages].sort((a, b) => compareCodePoints(a.sortKey, b.sortKey) || compareCodePoints(a.sourcePath, b.sourcePath));
  const years: IndexedPage[][] = [];
  for (const p of sorted) {
    const last = years.at(-1);
    if (last && last[0].sortKey.slice(0, 4) === p.sortKey.slice(0, 4)) last.push(p);
    else years.push([p]);
  }
  return years.flatMap((year) => {
    const count = Math.ceil(year.length / maxPages);
    const base = Math.floor(year.length / count);
    const extra = year.length % count;
    let start = 0;
    return Array.from({ length: count }, (_, i) => year.slice(start, (start += base + (i < extra ? 1 : 0))));
  });
}

const sortMarker = Buffer.from('data-pagefind-sort="date:');
const bodyMarker = Buffer.from('data-pagefind-body');

/**
 * The letter pages under `site` matching `replies/<year>/<id>/index.html`, each with its date and
 * digest; a page there without `data-pagefind-body` (a withdrawn letter's notice) is not one.
 * Pages are read into one buffer, reused: a buffer per page (one per letter)
 * has the garbage collector run over the whole build's heap again and again.
 */
export function findLetterPages(site: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  const replies = path.join(site, 'replies');
  if (!fs.existsSync(replies)) return pages;
  let buf = Buffer.allocUnsafe(1 << 20);
  for (const year of fs.readdirSync(replies).sort()) {
    const yearDir = path.join(replies, year);
    if (!fs.statSync(yearDir).isDirectory()) continue;
    for (const id of fs.readdirSync(yearDir).sort()) {
      const sourcePath = `replies/${year}/${id}/index.html`;
      const file = path.join(site, sourcePath);
      if (!fs.existsSync(file)) continue;
      const fd = fs.openSync(file, 'r');
      let size = 0;
      try {
        const want = fs.fstatSync(fd).size;
        if (want > buf.length) buf = Buffer.allocUnsafe(want);
        size = readInto(fd, buf, 0, want);
      } finally {
        fs.closeSync(fd);
      }
      const bytes = buf.subarray(0, size);
      if (bytes.indexOf(bodyMarker) < 0) continue;
      const at = bytes.indexOf(sortMarker);
      const end = at < 0 ? -1 : bytes.indexOf(0x22, at + sortMarker.length);
      const date = end < 0 ? '' : bytes.toString('utf8', at + sortMarker.length, end);
      if (!date) throw new Error(`${file}: no data-pagefind-sort="date:…" on the letter page`);
      pages.push({ sourcePath, sortKey: date, digest: createHash('sha256').update(bytes).digest('hex') });
    }
  }
  return pages;
}

function partKey(part: IndexedPage[]): string {
  const h = createHash('sha256').update(`pagefind ${installedPagefindVersion()}\n`);
  for (const p of part) h.update(`${p.sourcePath}\0${p.sortKey}\0${p.digest}\n`);
  return h.digest('hex').slice(0, 24);
}

// Each part's pages are linked into a folder of their own, which Pagefind indexes whole: the
// page count it answers must be the part's.
async function indexPart(site: string, part: IndexedPage[], out: string): Promise<void> {
  const staging = `${out}.site`;
  fs.rmSync(staging, { recursive: true, force: true });
  for (const p of part) linkOrCopy(path.join(site, p.sourcePath), path.join(staging, p.sourcePath));
  try {
    const indexed = await indexFolder(staging, out);
    if (indexed !== part.length) throw new Error(`pagefind indexed ${indexed} of ${part.length} pages from ${part[0].sourcePath} on`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** What indexing the parts did. */
export interface PartsReport {
  dirs: string[];
  indexed: number;
  reused: number;
}

/**
 * Indexes each part into `<cache>/<key>/` (key: the part's pages and their digests, and the
 * Pagefind version), `jobs` parts at a time, reusing parts already there, and deletes cached
 * parts this build no longer uses. Returns their folders in order.
 */
export async function indexParts(site: string, parts: IndexedPage[][], cache: string, jobs = 2): Promise<PartsReport> {
  fs.mkdirSync(cache, { recursive: true });
  const dirs: string[] = [];
  const todo: [IndexedPage[], string][] = [];
  for (const part of parts) {
    const dir = path.join(cache, partKey(part));
    if (!fs.existsSync(path.join(dir, ENTRY_FILE))) todo.push([part, dir]);
    dirs.push(dir);
  }
  const indexed = todo.length;
  // A few parts at a time: each Pagefind service holds what it read of every page until it ends.
  const next = async (): Promise<void> => {
    const job = todo.shift();
    if (!job) return;
    const [part, dir] = job;
    const tmp = `${dir}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    await indexPart(site, part, tmp);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.renameSync(tmp, dir);
    return next();
  };
  await Promise.all(Array.from({ length: Math.min(jobs, todo.length) }, next));
  const keep = new Set(dirs.map((d) => path.basename(d)));
  for (const name of fs.readdirSync(cache)) if (!keep.has(name)) fs.rmSync(path.join(cache, name), { recursive: true, force: true });
  return { dirs, indexed, reused: parts.length - indexed };
}

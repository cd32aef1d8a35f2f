/**
 * Pagefind's indexer through its Node API: a folder of HTML pages in, a bundle out, the number
 * of pages indexed from the API's answer. The API runs one Pagefind service process for every
 * index of this Node process and answers its requests one at a time; folders are indexed one
 * after the other, each by a service of its own, ended once the bundle is written, so that what
 * Pagefind holds per page (about 1 MB) is returned to the system after each folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { checkPagefindVersion } from './version.ts';

let installed: string | undefined;

/** The version of the installed `pagefind` package, refused unless the format's (version.ts). */
export function installedPagefindVersion(): string {
  if (!installed) {
    const file = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
    installed = checkPagefindVersion(JSON.parse(fs.readFileSync(file, 'utf8')).version, `is installed (${file})`);
  }
  return installed;
}

let queue: Promise<unknown> = Promise.resolve();

async function index(site: string, out: string): Promise<number> {
  const fail = (step: string, errors: string[]) => new Error(`pagefind could not ${step} (${site}): ${errors.join('; ') || 'no reason given'}`);
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) throw fail('start an index', created.errors);
    const added = await created.index.addDirectory({ path: site });
    if (added.errors.length) throw fail('index the pages', added.errors);
    const written = await created.index.writeFiles({ outputPath: out });
    if (written.errors.length) throw fail(`write the bundle to ${out}`, written.errors);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

/** Indexes every HTML page under `site` into a Pagefind bundle at `out`; resolves to the number of pages indexed. */
export function indexFolder(site: string, out: string): Promise<number> {
  installedPagefindVersion();
  const done = queue.then(() => index(site, out));
  queue = done.catch(() => undefined);
  return done;
}

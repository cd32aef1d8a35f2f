/**
 * Pagefind's indexer through its Node API: a folder of HTML pages in, a bundle out, the number
 * of pages indexed from the API's answer. The API runs one Pagefind service process for all
 * indexes of a Node process and answers its requests one at a time, so each folder is indexed
 * by a Node child process of its own (index-child.ts) with its own service: folders can be
 * indexed side by side, and what Pagefind holds for every page is returned to the system
 * as soon as a folder's bundle is written.
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const child = fileURLToPath(new URL('./index-child.ts', import.meta.url));

/** Indexes every HTML page under `site` into a Pagefind bundle at `out`; resolves to the number of pages indexed. */
export function indexFolder(site: string, out: string): Promise<number> {
  installedPagefindVersion();
  const proc = fork(child, [site, out], { execPath: process.execPath, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let log = '';
  proc.stdout!.on('data', (d) => (log += d));
  proc.stderr!.on('data', (d) => (log += d));
  let reply: { pages?: number; error?: string } | undefined;
  proc.on('message', (m) => (reply = m as typeof reply));
  return new Promise((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (reply?.error) reject(new Error(reply.error));
      else if (typeof reply?.pages === 'number' && code === 0) resolve(reply.pages);
      else reject(new Error(`pagefind's indexer stopped with status ${code} on ${site}${log.trim() ? `:\n${log.trim()}` : ''}`));
    });
  });
}

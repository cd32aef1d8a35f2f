/**
 * Keeps the output folder between builds instead of letting Astro empty it, so a page whose cache
 * key is unchanged stays where it is — into an emptied folder Astro 7 copies every such page back
 * from its cache — and, once the pages are done, removes every file Astro neither wrote nor kept.
 * Needs `vite.build.emptyOutDir: false` (set by the archive integration).
 *
 * The folder is kept only if it is exactly as the last complete build from this cache folder left
 * it: the fingerprint of its files (paths, sizes, times) kept in the cache folder must match.
 * Otherwise — first build, another archive or base path built into it since, a file changed by
 * hand, a build that failed half-way — it is emptied first, as Astro would. Nothing is added to
 * the output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { fingerprint, outputFiles } from './output-files.ts';

function emptyFolder(dir: string): void {
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
}

function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && removeEmptyFolders(full)) fs.rmdirSync(full);
    else empty = false;
  }
  return empty;
}

/**
 * The three steps around a build into `outDir` from the cache folder `cacheDir`: `start` on
 * build:start keeps or empties the folder; `prune` on build:done, before the steps that write
 * files after the pages (so they never see a withdrawn letter's page), removes what Astro neither
 * wrote nor kept (`assets`) and is not `managed` (files those steps look after themselves, stale
 * ones included); `seal`, after them, records the folder's fingerprint.
 */
export function keptOutput(outDir: string, cacheDir: string) {
  const stamp = path.join(cacheDir, 'kept-output');
  const expected = () => `${outDir}\n${fingerprint(outputFiles(outDir))}\n`;
  let started = 0;
  return {
    start(logger: AstroIntegrationLogger): void {
      const trusted = fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === expected();
      fs.rmSync(stamp, { force: true });
      if (!trusted) emptyFolder(outDir);
      started = Date.now();
      logger.info(trusted ? 'output folder kept: unchanged pages stay in place' : 'output folder emptied');
    },
    prune(assets: Map<string, URL[]>, managed: (file: string) => boolean, logger: AstroIntegrationLogger): void {
      const kept = new Set([...assets.values()].flat().map((url) => path.relative(outDir, fileURLToPath(url)).split(path.sep).join('/')));
      const stale = outputFiles(outDir).filter((f) => Math.max(f.mtimeMs, f.ctimeMs) < started && !kept.has(f.file) && !managed(f.file));
      for (const f of stale) fs.rmSync(path.join(outDir, f.file));
      if (stale.length) removeEmptyFolders(outDir);
      logger.info(`removed ${stale.length} files this build no longer makes`);
    },
    seal(): void {
      fs.mkdirSync(path.dirname(stamp), { recursive: true });
      fs.writeFileSync(stamp, expected());
    },
  };
}

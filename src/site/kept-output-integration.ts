/**
 * Astro integration: keeps the output folder between builds instead of letting Astro empty it, so
 * a page whose cache key is unchanged stays where it is — into an emptied folder Astro 7 copies
 * every such page back from its cache (18 s for 16,000 pages at 10,000 letters) — and, once the
 * pages are done, removes every file Astro neither wrote nor kept. Needs
 * `vite.build.emptyOutDir: false`.
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
import type { AstroIntegration } from 'astro';
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
 * The two halves, to be placed around the integrations that write files after the pages:
 * `prune` before them (on build:start it keeps or empties the folder; on build:done it removes
 * what Astro neither wrote nor kept, so they never see a withdrawn letter's page), `seal` after
 * them (it records the folder's fingerprint). `managed(file)` names the files those integrations
 * look after themselves, stale ones included: pruning leaves them alone.
 */
export function keptOutputIntegrations(managed: (file: string) => boolean = () => false): { prune: AstroIntegration; seal: AstroIntegration } {
  let outDir = '';
  let stamp = '';
  let started = 0;
  const expected = () => `${outDir}\n${fingerprint(outputFiles(outDir))}\n`;
  return {
    prune: {
      name: 'reply-archive:kept-output',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
          stamp = path.join(fileURLToPath(config.cacheDir), 'kept-output');
        },
        'astro:build:start': ({ logger }) => {
          const trusted = fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === expected();
          fs.rmSync(stamp, { force: true });
          if (!trusted) emptyFolder(outDir);
          started = Date.now();
          logger.info(trusted ? 'output folder kept: unchanged pages stay in place' : 'output folder emptied');
        },
        'astro:build:done': ({ dir, assets, logger }) => {
          const out = fileURLToPath(dir);
          const kept = new Set([...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/')));
          const stale = outputFiles(out).filter((f) => Math.max(f.mtimeMs, f.ctimeMs) < started && !kept.has(f.file) && !managed(f.file));
          for (const f of stale) fs.rmSync(path.join(out, f.file));
          if (stale.length) removeEmptyFolders(out);
          logger.info(`removed ${stale.length} files this build no longer makes`);
        },
      },
    },
    seal: {
      name: 'reply-archive:kept-output-seal',
      hooks: {
        'astro:build:done': () => {
          fs.mkdirSync(path.dirname(stamp), { recursive: true });
          fs.writeFileSync(stamp, expected());
        },
      },
    },
  };
}

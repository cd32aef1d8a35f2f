/**
 * Astro integration: after the pages are written, puts each letter's open-data files beside its
 * page — `replies/<year>/<id>/record.json` (record-format.md fields plus `id`) and
 * `replies/<year>/<id>/source.<ext>` (the kept original, byte for byte). Plain file writes, not
 * Astro routes: at tens of thousands of letters routes cost minutes, copies seconds.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { frontmatterOf, readContentIndex } from '../ingest/content-index.ts';
import { openRecord } from './record-lookup.ts';
import type { ArchivedRecord } from '../record/record-schema.ts';

const FILE_URL = /\/replies\/(\d{4})\/([a-z0-9-]+)\/(record\.json|source\.(txt|docx|pdf|bin))$/;

/** Writes every letter's record.json and source file into the build output (and serves them in dev). */
export function letterFilesIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'reply-archive:letter-files',
    hooks: {
      // `astro dev` writes no files: the same two are answered from the content folder.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const m = FILE_URL.exec((req.url ?? '').split('?')[0]);
          const letter = m ? (await readContentIndex(contentDir)).find((l) => l.id === m[2]) : undefined;
          if (!m || !letter) return next();
          if (m[3] === 'record.json') {
            const record = frontmatterOf(await readFile(letter.path, 'utf8')) as ArchivedRecord;
            res.setHeader('Content-Type', 'application/json; charset=utf-8');
            return res.end(JSON.stringify(openRecord(record), null, 2) + '\n');
          }
          res.setHeader('Content-Type', 'application/octet-stream');
          res.end(await readFile(path.join(path.dirname(letter.path), letter.sourceFile)));
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const letters = await readContentIndex(contentDir);
        for (const letter of letters) {
          const record = frontmatterOf(await readFile(letter.path, 'utf8')) as ArchivedRecord;
          const target = path.join(out, 'replies', path.basename(path.dirname(letter.path)), letter.id);
          await mkdir(target, { recursive: true });
          await writeFile(path.join(target, 'record.json'), JSON.stringify(openRecord(record), null, 2) + '\n');
          const ext = path.extname(letter.sourceFile).slice(1).toLowerCase() || 'bin';
          await copyFile(path.join(path.dirname(letter.path), letter.sourceFile), path.join(target, `source.${ext}`));
        }
        logger.info(`${letters.length} records and originals written`);
      },
    },
  };
}

/**
 * The content loader for letters: every `replies/<year>/<id>.mdx` of the content folder, its
 * frontmatter validated by the record schema. The body is read into blocks (letter-body.ts) and
 * kept beside the data store as `<cacheDir>/letter-bodies/<id>-<digest>.json`, not in the store:
 * Astro bundles the whole store into the build, and the bodies would make it several times larger.
 * A file whose digest is unchanged since the last build is neither parsed nor written again.
 */
import fs from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitMdx } from '../ingest/content-index.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import type { Loader } from 'astro/loaders';
import { parseLetterBody } from './letter-body.ts';

/** Loads the letters under `dir` (the content folder's `replies/`). */
export function lettersLoader(dir: string): Loader {
  return {
    name: 'reply-archive-letters',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const bodies = path.join(fileURLToPath(config.cacheDir), 'letter-bodies');
      fs.mkdirSync(bodies, { recursive: true });
      const names = (await readdir(dir, { recursive: true })).map(String).filter((n) => n.endsWith('.mdx')).sort();
      // What the store already holds, by file: an unchanged file is recognised before it is parsed.
      const stored = new Map<string, { id: string; digest: unknown; bodyFile: unknown }>();
      for (const [id, entry] of store.entries()) if (entry.filePath) stored.set(entry.filePath, { id, digest: entry.digest, bodyFile: entry.data.bodyFile });
      const seen = new Set<string>();
      const bodyFiles = new Set<string>();
      let read = 0;
      for (const name of names) {
        const filePath = path.join(dir, name);
        const relPath = path.relative(process.cwd(), filePath);
        const source = await readFile(filePath, 'utf8');
        const digest = generateDigest(source);
        const known = stored.get(relPath);
        if (known && known.digest === digest && !seen.has(known.id) && fs.existsSync(String(known.bodyFile))) {
          seen.add(known.id);
          bodyFiles.add(path.basename(String(known.bodyFile)));
          continue;
        }
        const mdx = splitMdx(source);
        if (!mdx) throw new Error(`${filePath}: no frontmatter`);
        const meta = mdx.frontmatter;
        const id = String(meta.id ?? '');
        if (seen.has(id)) throw new Error(`${filePath}: id ${id} is used by another letter too`);
        seen.add(id);
        let body;
        try {
          body = parseLetterBody(mdx.body);
        } catch (e) {
          throw new Error(`${filePath}: ${(e as Error).message}`);
        }
        const bodyFile = path.join(bodies, `${id}-${digest}.json`);
        await atomicWrite(bodyFile, JSON.stringify(body));
        bodyFiles.add(path.basename(bodyFile));
        const data = await parseData({ id, data: { ...meta, bodyFile }, filePath });
        store.set({ id, data, digest, filePath: relPath });
        read++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      for (const file of fs.readdirSync(bodies)) if (!bodyFiles.has(file)) fs.rmSync(path.join(bodies, file), { force: true });
      logger.info(`${names.length} letters, ${read} read anew`);
    },
  };
}

/**
 * The content loader for letters: every `replies/<year>/<id>.mdx` of the content folder, its
 * frontmatter validated by the record schema and its body read into blocks (letter-body.ts).
 * A file whose digest is unchanged since the last build is not read again.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { splitMdx } from '../ingest/content-index.ts';
import type { Loader } from 'astro/loaders';
import { parseLetterBody } from './letter-body.ts';

/** Loads the letters under `dir` (the content folder's `replies/`). */
export function lettersLoader(dir: string): Loader {
  return {
    name: 'reply-archive-letters',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const names = (await readdir(dir, { recursive: true })).map(String).filter((n) => n.endsWith('.mdx')).sort();
      const seen = new Set<string>();
      let read = 0;
      for (const name of names) {
        const filePath = path.join(dir, name);
        const source = await readFile(filePath, 'utf8');
        const digest = generateDigest(source);
        const mdx = splitMdx(source);
        if (!mdx) throw new Error(`${filePath}: no frontmatter`);
        const meta = mdx.frontmatter;
        const id = String(meta.id ?? '');
        if (seen.has(id)) throw new Error(`${filePath}: id ${id} is used by another letter too`);
        seen.add(id);
        if (store.get(id)?.digest === digest) continue;
        let body;
        try {
          body = parseLetterBody(mdx.body);
        } catch (e) {
          throw new Error(`${filePath}: ${(e as Error).message}`);
        }
        const data = await parseData({ id, data: { ...meta, body }, filePath });
        store.set({ id, data, digest, filePath: path.relative(process.cwd(), filePath) });
        read++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      logger.info(`${names.length} letters, ${read} read anew`);
    },
  };
}

/**
 * The content loader for letters: every `replies/<year>/<id>.mdx` of the content folder, read
 * (letter-mdx.ts: the record validated by the record schema, the body into blocks) and put in the
 * letter store (letter-store.ts); Astro's data store keeps each letter's record without its
 * outline, and by the digest of its file tells which letters changed. A file whose digest is
 * unchanged since the last build, with its files in the letter store, is neither parsed nor written
 * again.
 */
import fs from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { readLetterMdx } from './letter-mdx.ts';
import { letterStoreWriter, listedRecord } from './letter-store.ts';

/** Loads the letters under `dir` (the content folder's `replies/`) into the letter store of `cacheDir`. */
export function lettersLoader({ dir, cacheDir }: { dir: string; cacheDir: string }): Loader {
  return {
    name: 'reply-archive-letters',
    load: async ({ store, generateDigest, logger }) => {
      const letters = await letterStoreWriter(cacheDir);
      const names = (await readdir(dir, { recursive: true }))
        .map(String)
        .filter((n) => n.endsWith('.mdx'))
        .sort();
      // What the data store already holds, by file: an unchanged file is recognised before it is parsed.
      const stored = new Map<string, { id: string; digest: unknown }>();
      for (const [id, entry] of store.entries()) if (entry.filePath) stored.set(entry.filePath, { id, digest: entry.digest });
      const seen = new Set<string>();
      let read = 0;
      for (const name of names) {
        const filePath = path.join(dir, name);
        const relPath = path.relative(process.cwd(), filePath);
        // Read synchronously: awaiting many small reads one by one leaves the process idle between them.
        const source = fs.readFileSync(filePath, 'utf8');
        const digest = generateDigest(source);
        const known = stored.get(relPath);
        if (known && known.digest === digest && !seen.has(known.id) && letters.has({ id: known.id, digest })) {
          seen.add(known.id);
          continue;
        }
        const { record, body } = readLetterMdx(filePath, source);
        if (seen.has(record.id)) throw new Error(`${filePath}: id ${record.id} is used by another letter too`);
        seen.add(record.id);
        await letters.put({ id: record.id, digest }, record, body);
        store.set({ id: record.id, data: listedRecord(record), digest, filePath: relPath });
        read++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      const all = [...store.entries()].map(([id, e]) => ({ id, digest: String(e.digest), filePath: e.filePath ?? '', data: e.data }));
      await letters.finish(all);
      logger.info(`${names.length} letters, ${read} read anew`);
    },
  };
}

/**
 * The content loader for letters: every `replies/<year>/<id>.mdx` of the content folder, its
 * frontmatter validated by the record schema. The body is read into blocks (letter-body.ts) and
 * kept beside the data store as `<cacheDir>/letter-bodies/<id>-<digest>.json`, the record's outline
 * (sections, next steps) as `<cacheDir>/letter-outlines/<id>-<digest>.json`, not in the store:
 * Astro serialises, bundles and compiles the whole store on every build, and the bodies would make
 * it several times larger, the outlines twice as large.
 * A file whose digest is unchanged since the last build is neither parsed nor written again.
 */
import fs from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitMdx } from '../ingest/content-index.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import type { Loader } from 'astro/loaders';
import { parseLetterBody } from './letter-body.ts';
import { outlineSchema } from '../record/record-schema.ts';
import { LETTERS_FILE } from './letters.ts';

/** The folders beside the data store that hold each letter's body and outline. */
const SIDE_FILES = ['letter-bodies', 'letter-outlines'] as const;

/** Loads the letters under `dir` (the content folder's `replies/`). */
export function lettersLoader(dir: string): Loader {
  return {
    name: 'reply-archive-letters',
    load: async ({ store, parseData, generateDigest, logger, config }) => {
      const [bodies, outlines] = SIDE_FILES.map((name) => path.join(fileURLToPath(config.cacheDir), name));
      for (const folder of [bodies, outlines]) fs.mkdirSync(folder, { recursive: true });
      const names = (await readdir(dir, { recursive: true })).map(String).filter((n) => n.endsWith('.mdx')).sort();
      // What the store already holds, by file: an unchanged file is recognised before it is parsed.
      const stored = new Map<string, { id: string; digest: unknown; files: string[] }>();
      for (const [id, entry] of store.entries()) {
        if (entry.filePath) stored.set(entry.filePath, { id, digest: entry.digest, files: [String(entry.data.bodyFile), String(entry.data.outlineFile)] });
      }
      const seen = new Set<string>();
      const kept = new Set<string>(); // side files' names, the same in both folders
      let read = 0;
      for (const name of names) {
        const filePath = path.join(dir, name);
        const relPath = path.relative(process.cwd(), filePath);
        // Read synchronously: awaiting 50,000 small reads one by one left the process idle 14 s.
        const source = fs.readFileSync(filePath, 'utf8');
        const digest = generateDigest(source);
        const known = stored.get(relPath);
        if (known && known.digest === digest && !seen.has(known.id) && known.files.every((f) => fs.existsSync(f))) {
          seen.add(known.id);
          kept.add(path.basename(known.files[0]));
          continue;
        }
        const mdx = splitMdx(source);
        if (!mdx) throw new Error(`${filePath}: no frontmatter`);
        const { sections, nextSteps, ...meta } = mdx.frontmatter;
        const id = String(meta.id ?? '');
        if (seen.has(id)) throw new Error(`${filePath}: id ${id} is used by another letter too`);
        seen.add(id);
        let body;
        try {
          body = parseLetterBody(mdx.body);
        } catch (e) {
          throw new Error(`${filePath}: ${(e as Error).message}`);
        }
        const outline = outlineSchema.safeParse({ sections, nextSteps });
        if (!outline.success) throw new Error(`${filePath}: ${outline.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        const sideName = `${id}-${digest}.json`;
        const [bodyFile, outlineFile] = [bodies, outlines].map((folder) => path.join(folder, sideName));
        await atomicWrite(bodyFile, JSON.stringify(body));
        await atomicWrite(outlineFile, JSON.stringify(outline.data));
        kept.add(sideName);
        const data = await parseData({ id, data: { ...meta, bodyFile, outlineFile }, filePath });
        store.set({ id, data, digest, filePath: relPath });
        read++;
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      for (const folder of [bodies, outlines]) {
        for (const file of fs.readdirSync(folder)) if (!kept.has(file)) fs.rmSync(path.join(folder, file), { force: true });
      }
      // The pages read this copy, not the store (see letters.ts).
      const entries = [...store.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const copy = entries.map(([id, e]) => ({ id, collection: 'replies', data: e.data, digest: e.digest, filePath: e.filePath }));
      await atomicWrite(path.join(fileURLToPath(config.cacheDir), LETTERS_FILE), JSON.stringify(copy));
      logger.info(`${names.length} letters, ${read} read anew`);
    },
  };
}

/**
 * The content loader for letters: every `replies/<year>/<id>.mdx` of the content folder, read
 * (letter-mdx.ts: the record validated by the record schema and its written digest, the body into
 * blocks), the editor's corrections laid over its record (src/record/corrections.ts) — here and
 * nowhere else, so that nothing downstream sees an uncorrected value — and put in the letter store
 * (letter-store.ts); Astro's data store keeps each letter's record without its outline, and by the
 * digest of its file tells which letters changed. A file whose digest is unchanged since the last
 * build, with its files in the letter store, is neither parsed nor written again.
 *
 * A letter the public may not see (src/record/publication.ts) is not put in the store of a public
 * build, so no page, list, search entry or open-data file ever has it; the log says how many were
 * held back. The withdrawn letters (`withdrawn/<year>/<id>.mdx`, withdrawn-letters.ts) are listed
 * apart, for the notice at their old URL.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { correctedRecord } from '../record/corrections.ts';
import { isPublic } from '../record/publication.ts';
import type { LetterRecord } from '../record/record-schema.ts';
import { countHeldBack, heldBackMessage, type HeldBackCounts } from './held-back.ts';
import { yearOf } from './letter.ts';
import { readLetterBody, readLetterRecord } from './letter-mdx.ts';
import { letterStoreWriter, listedRecord } from './letter-store.ts';
import { mdxFiles } from './mdx-files.ts';
import { recordJson } from './open-record.ts';
import { readWithdrawn } from './withdrawn-letters.ts';

export interface LettersLoaderOptions {
  /** The content folder's `replies/`. */
  repliesDir: string;
  /** The content folder's `withdrawn/`. */
  withdrawnDir: string;
  /** The build cache folder, where the letter store is. */
  cacheDir: string;
  /** The base path the site is served under, `/` or `/jyta/`: record.json names URLs under it. */
  base: string;
  /** `public` leaves out the letters the public may not see; `internal` keeps them. */
  audience: 'public' | 'internal';
}

/** Loads the letters of `repliesDir` and `withdrawnDir` into the letter store of `cacheDir`. */
export function lettersLoader({ repliesDir, withdrawnDir, cacheDir, base, audience }: LettersLoaderOptions): Loader {
  return {
    name: 'reply-archive-letters',
    load: async ({ store, generateDigest, logger }) => {
      const letters = await letterStoreWriter(cacheDir);
      const names = await mdxFiles(repliesDir);
      // What the data store already holds, by file: an unchanged file is recognised before it is parsed.
      const stored = new Map<string, { id: string; digest: unknown }>();
      for (const [id, entry] of store.entries()) if (entry.filePath) stored.set(entry.filePath, { id, digest: entry.digest });
      const kept = new Set<string>();
      // Every id under replies/, held back or not, with its file: an id is one letter's.
      const files = new Map<string, string>();
      let heldBack: HeldBackCounts = {};
      let read = 0;
      for (const name of names) {
        const filePath = path.join(repliesDir, name);
        const relPath = path.relative(process.cwd(), filePath);
        // Read synchronously: awaiting many small reads one by one leaves the process idle between them.
        const source = fs.readFileSync(filePath, 'utf8');
        const digest = generateDigest(source);
        const known = stored.get(relPath);
        if (known && known.digest === digest && !files.has(known.id) && letters.has({ id: known.id, digest })) {
          kept.add(known.id);
          files.set(known.id, filePath);
          continue;
        }
        const { record: written, bodyText } = readLetterRecord(filePath, source);
        if (written.withdrawn) {
          throw new Error(
            `${filePath}: has withdrawn: but is under replies/: a withdrawn letter's MDX and files belong in withdrawn/<year>/`,
          );
        }
        if (files.has(written.id))
          throw new Error(`${filePath}: id ${written.id} is used by another letter too (${files.get(written.id)})`);
        files.set(written.id, filePath);
        const record = correctedRecord(written);
        if (audience === 'public' && !isPublic(record)) {
          heldBack = countHeldBack(heldBack, record.disclosure);
          continue;
        }
        const body = readLetterBody(filePath, bodyText);
        const letterUrl = `${base}replies/${yearOf(relPath, record.date)}/${record.id}/`;
        await letters.put({ id: record.id, digest }, record, body, recordJson(record, letterUrl));
        store.set({ id: record.id, data: listedRecord(record), digest, filePath: relPath });
        kept.add(record.id);
        read++;
      }
      for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      const { notices: withdrawn, ids: withdrawnIds } = await readWithdrawn(withdrawnDir, audience, files);
      const all = [...store.entries()].map(([id, e]) => ({ id, digest: String(e.digest), filePath: e.filePath ?? '', data: e.data }));
      const unpublished = [...[...files.keys()].filter((id) => !kept.has(id)), ...withdrawnIds];
      await letters.finish(all, withdrawn, unpublished);
      logger.info(`${all.length} letters, ${read} read anew; ${withdrawn.length} withdrawn`);
      // The intranet archive keeps its letters not for the public: counted from the store, read anew or not.
      if (audience === 'internal') {
        for (const { data } of all) {
          const { disclosure } = data as LetterRecord;
          if (!isPublic({ disclosure })) heldBack = countHeldBack(heldBack, disclosure);
        }
      }
      const held = heldBackMessage(heldBack, audience);
      if (held) logger.info(held);
    },
  };
}

/**
 * The letter store: what the site keeps of each letter, in the build cache folder. The loader
 * (letters-loader.ts) writes it from the MDX files; pages and build steps read it, never the MDX.
 *
 *   letters.json                        every letter (letter.ts): id, digest, MDX file, record without outline
 *   withdrawn.json                      every withdrawn letter (letter.ts): id, year, when, MDX file
 *   unpublished.json                    the ids of the letters this build does not publish (held back, withdrawn)
 *   letter-bodies/<id>-<digest>.json    its body's blocks (letter-body.ts), read when its page is rendered
 *   letter-outlines/<id>-<digest>.json  its outline (sections, next steps), for its page and the cross-links
 *   letter-records/<id>-<digest>.json   its published record.json, copied beside its page
 *
 * Kept apart from Astro's data store, which Astro serialises whole on every build and, read through
 * `getCollection`, bundles into the build and compiles: the bodies and the outlines would be most
 * of it. A letter's files are named by the digest of its MDX file, so each is written once per
 * version of it. What is read back is validated by the schema it was written from (the record
 * schema for letters and outlines); a file that is missing or wrong fails with its path.
 */
import fs from 'node:fs';
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomic-write.ts';
import { outlineSchema, type ArchivedRecord, type Outline } from '../record/record-schema.ts';
import { bodySchema, type BodyNode } from './letter-body.ts';
import { letterSchema, withdrawnLetterSchema, type Letter, type WithdrawnLetter } from './letter.ts';

const LETTERS = 'letters.json';
const WITHDRAWN = 'withdrawn.json';
const UNPUBLISHED = 'unpublished.json';
const FOLDERS = { body: 'letter-bodies', outline: 'letter-outlines', record: 'letter-records' } as const;
type Part = keyof typeof FOLDERS;
type Version = Pick<Letter, 'id' | 'digest'>;

const fileName = (v: Version) => `${v.id}-${v.digest}.json`;
const partFile = (cacheDir: string, part: Part, v: Version) => path.join(cacheDir, FOLDERS[part], fileName(v));

function parsed<T>(schema: z.ZodType<T>, text: string, file: string): T {
  const result = schema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

/** Reading the store of the cache folder `cacheDir`. */
export interface LetterStore {
  /** Every letter, in id order. */
  letters(): Promise<Letter[]>;
  /** Every withdrawn letter the build answers for, in id order. */
  withdrawn(): Promise<WithdrawnLetter[]>;
  /** The ids of the letters of the content folder this build does not publish: held back or withdrawn. */
  unpublished(): Promise<string[]>;
  /** The blocks of the letter's body. */
  body(letter: Letter): BodyNode[];
  /** The letter's sections and next steps (each file read once). */
  outline(letter: Letter): Outline;
  /** The letter's whole archived record: what letters.json holds plus its outline. */
  record(letter: Letter): ArchivedRecord;
  /** The file holding the letter's record.json. */
  recordFile(letter: Letter): string;
}

export function letterStore(cacheDir: string): LetterStore {
  const outlines = new Map<string, Outline>();
  const read = <T>(part: Part, letter: Letter, schema: z.ZodType<T>): T => {
    const file = partFile(cacheDir, part, letter);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      throw new Error(`${letter.filePath}: its ${part} is not in the letter store (${file}): build again`);
    }
    return parsed(schema, text, file);
  };
  const outline = (letter: Letter): Outline => {
    const key = fileName(letter);
    let o = outlines.get(key);
    if (!o) outlines.set(key, (o = read('outline', letter, outlineSchema)));
    return o;
  };
  return {
    letters: async () => {
      const file = path.join(cacheDir, LETTERS);
      return parsed(z.array(letterSchema), await readFile(file, 'utf8'), file);
    },
    withdrawn: async () => {
      const file = path.join(cacheDir, WITHDRAWN);
      return parsed(z.array(withdrawnLetterSchema), await readFile(file, 'utf8'), file);
    },
    unpublished: async () => {
      const file = path.join(cacheDir, UNPUBLISHED);
      return parsed(z.array(z.string()), await readFile(file, 'utf8'), file);
    },
    body: (letter) => read('body', letter, bodySchema),
    outline,
    record: (letter) => ({ ...letter.data, ...outline(letter) }),
    recordFile: (letter) => partFile(cacheDir, 'record', letter),
  };
}

/** Writing the store of the cache folder `cacheDir`: what the loader calls. */
export interface LetterStoreWriter {
  /** Whether this version of a letter has all its files in the store. */
  has(version: Version): boolean;
  /**
   * Writes the files of a letter read from its MDX file: its validated record (corrections laid
   * over it), its body and the text of its record.json.
   */
  put(version: Version, record: ArchivedRecord, body: BodyNode[], recordJson: string): Promise<void>;
  /**
   * Writes the list of every letter (their records as the loader read and validated them, the
   * unchanged ones as Astro's data store kept them), of the withdrawn letters and of the ids not
   * published, and removes the files of versions not in the first.
   */
  finish(
    letters: readonly { id: string; digest: string; filePath: string; data: unknown }[],
    withdrawn?: readonly WithdrawnLetter[],
    unpublished?: readonly string[],
  ): Promise<void>;
}

export async function letterStoreWriter(cacheDir: string): Promise<LetterStoreWriter> {
  const parts = Object.keys(FOLDERS) as Part[];
  for (const part of parts) await mkdir(path.join(cacheDir, FOLDERS[part]), { recursive: true });
  return {
    has: (v) => parts.every((part) => fs.existsSync(partFile(cacheDir, part, v))),
    put: async (v, record, body, recordJson) => {
      const { sections, nextSteps } = record;
      await atomicWrite(partFile(cacheDir, 'body', v), JSON.stringify(body));
      await atomicWrite(partFile(cacheDir, 'outline', v), JSON.stringify({ sections, nextSteps }));
      await atomicWrite(partFile(cacheDir, 'record', v), recordJson);
    },
    finish: async (letters, withdrawn = [], unpublished = []) => {
      const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
      const sorted = [...letters].sort(byId);
      const list = sorted.map(({ id, digest, filePath, data }) => ({ id, digest, filePath, data }));
      await atomicWrite(path.join(cacheDir, LETTERS), JSON.stringify(list));
      await atomicWrite(path.join(cacheDir, WITHDRAWN), JSON.stringify([...withdrawn].sort(byId)));
      await atomicWrite(path.join(cacheDir, UNPUBLISHED), JSON.stringify([...unpublished].sort()));
      const kept = new Set(sorted.map(fileName));
      for (const part of parts) {
        const folder = path.join(cacheDir, FOLDERS[part]);
        for (const name of await readdir(folder)) if (!kept.has(name)) await rm(path.join(folder, name), { force: true });
      }
    },
  };
}

/** The record without its outline: what Astro's data store and letters.json keep of a letter. */
export function listedRecord(record: ArchivedRecord): Letter['data'] {
  const { sections: _sections, nextSteps: _nextSteps, ...listed } = record;
  return listed;
}

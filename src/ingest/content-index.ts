/**
 * What the content folder already holds: each archived letter's id, 文号 and text digest, and
 * what a new ingest of it keeps. Withdrawn letters (`withdrawn/<year>/`) are part of it: their
 * text is never ingested again and their id never given to another letter.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { LetterError } from './letter-error.ts';
import { archivedRecordSchema, type EditorLinks } from '../record/record-schema.ts';
import type { KeptFields } from './archive-letter.ts';
import { flatCopy } from './flat-copy.ts';
import { splitFrontmatter } from '../letters/frontmatter.ts';

export interface IndexedLetter {
  id: string;
  docNumber: string | null;
  textSha256: string;
  sourceName: string;
  /** The kept original's file name, beside the MDX file. */
  sourceFile: string;
  /** SHA-256 of the kept original's bytes, as the frontmatter gives it. */
  sourceSha256?: string;
  /** The MDX file's path. */
  path: string;
  /** The editor's cross-links, kept when the letter is ingested again. */
  editorLinks?: EditorLinks;
  /** The frontmatter's kept fields as the file holds them, checked by `keptFields`. */
  kept?: Record<string, unknown>;
  /** Set for a letter under `withdrawn/`. */
  withdrawn?: true;
  /** The day it was withdrawn. */
  withdrawnOn?: string;
}

/** The frontmatter keys a new ingest of a letter carries over (archive-letter.ts `KeptFields`, without the id). */
const KEPT_KEYS = ['editorLinks', 'corrections', 'versions', 'otherSources', 'withdrawn'] as const;
const keptSchema = archivedRecordSchema.pick({ editorLinks: true, corrections: true, versions: true, otherSources: true, withdrawn: true });

/** Reads the frontmatter of every `replies/**\/*.mdx` and `withdrawn/**\/*.mdx` under the content folder. */
export async function readContentIndex(contentDir: string): Promise<IndexedLetter[]> {
  const letters: IndexedLetter[] = [];
  for (const folder of ['replies', 'withdrawn']) {
    for (const path of await mdxFilesUnder(join(contentDir, folder))) {
      const front = frontmatterOf(await readFile(path, 'utf8'));
      if (front && typeof front.id === 'string') letters.push(flatCopy(indexed(front, path, folder === 'withdrawn')));
    }
  }
  return letters;
}

/** The MDX files under `dir` (recursively), in name order; none when it does not exist. */
export async function mdxFilesUnder(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir, { recursive: true }))
      .filter((n) => n.endsWith('.mdx'))
      .sort()
      .map((n) => join(dir, n));
  } catch {
    return [];
  }
}

function indexed(front: Record<string, any>, path: string, withdrawn: boolean): IndexedLetter {
  const kept = Object.fromEntries(KEPT_KEYS.filter((k) => front[k] !== undefined).map((k) => [k, front[k]]));
  return {
    id: front.id,
    docNumber: front.docNumber ?? null,
    textSha256: front.textSha256,
    sourceName: front.sourceName,
    sourceFile: front.sourceFile,
    sourceSha256: front.sourceSha256,
    path,
    editorLinks: front.editorLinks,
    kept,
    ...(withdrawn ? { withdrawn: true as const, withdrawnOn: String(front.withdrawn?.on ?? 'an unknown day') } : {}),
  };
}

/**
 * What a new ingest of `letter` keeps (its id, editor's links and corrections, versions, other
 * formats, withdrawal), checked against the schema: a field an editor got wrong throws a
 * LetterError naming the MDX file and the field (`…/x.mdx: corrections.categry: not a record field`).
 */
export function keptFields(letter: IndexedLetter): KeptFields {
  const checked = keptSchema.safeParse(letter.kept ?? {});
  if (!checked.success) {
    const problems = checked.error.issues.flatMap((i) => {
      const at = i.path.join('.');
      if (i.code === 'unrecognized_keys') return i.keys.map((k) => `${at ? `${at}.` : ''}${k}: not a record field`);
      return [`${at}: ${i.message}`];
    });
    throw new LetterError(`${letter.path}: ${problems.join('; ')}`);
  }
  const kept = Object.fromEntries(Object.entries(checked.data).filter(([, v]) => v !== undefined));
  return { id: letter.id, ...kept };
}

/** The YAML frontmatter of an MDX file, parsed; null when it has none. */
export function frontmatterOf(mdx: string): Record<string, any> | null {
  return splitMdx(mdx)?.frontmatter ?? null;
}

/** An MDX file's parsed YAML frontmatter and the body after it; null when it has no frontmatter. */
export function splitMdx(mdx: string): { frontmatter: Record<string, any>; body: string } | null {
  const split = splitFrontmatter(mdx);
  return split ? { frontmatter: load(split.yaml) as Record<string, any>, body: split.body } : null;
}

/**
 * Ingests letter files into a content folder: reads, parses, finds duplicates, writes the MDX
 * file and the kept original atomically. Reports one outcome per file, in input order.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LetterError } from './letter-error.ts';
import { letterText } from './read-letter.ts';
import { archivableLetter, letterMdx, sha256, type ArchivableLetter } from './archive-letter.ts';
import { frontmatterOf, readContentIndex, type IndexedLetter } from './content-index.ts';
import { changedFields } from './record-changes.ts';
import { disambiguatedId } from './letter-id.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import type { ArchivedRecord } from '../record/record-schema.ts';

export type Outcome =
  | { file: string; record: ArchivedRecord; written?: string; replaced?: string[] }
  | { file: string; duplicateOf: string; duplicateOfFile: string }
  | { file: string; error: string };

export interface IngestOptions {
  contentDir: string;
  /** Parse and report only; write nothing. */
  dryRun: boolean;
  /** Replace an archived letter with the same 文号 whose text changed. */
  replace: boolean;
}

/** The archived letters, looked up by text digest, 文号 and id (a year's batch checks each letter against all). */
class LetterLookup {
  private readonly byText = new Map<string, IndexedLetter>();
  private readonly byDoc = new Map<string, IndexedLetter>();
  private readonly byId = new Map<string, IndexedLetter>();
  constructor(letters: IndexedLetter[]) {
    for (const l of letters) this.add(l);
  }
  text(sha: string): IndexedLetter | undefined {
    return this.byText.get(sha);
  }
  doc(docNumber: string | null): IndexedLetter | undefined {
    return docNumber ? this.byDoc.get(docNumber) : undefined;
  }
  id(id: string): IndexedLetter | undefined {
    return this.byId.get(id);
  }
  add(l: IndexedLetter): void {
    // The first letter holding a text or 文号 is the one found, as a search in archive order would.
    if (!this.byText.has(l.textSha256)) this.byText.set(l.textSha256, l);
    if (l.docNumber && !this.byDoc.has(l.docNumber)) this.byDoc.set(l.docNumber, l);
    if (!this.byId.has(l.id)) this.byId.set(l.id, l);
  }
  remove(l: IndexedLetter): void {
    for (const [map, key] of [
      [this.byText, l.textSha256],
      [this.byDoc, l.docNumber],
      [this.byId, l.id],
    ] as const) {
      if (key && map.get(key) === l) map.delete(key);
    }
  }
}

/** Ingests the files in order, calling `report` after each. */
export async function ingestFiles(files: string[], options: IngestOptions, report: (o: Outcome) => void): Promise<Outcome[]> {
  const index = new LetterLookup(await readContentIndex(options.contentDir));
  const outcomes: Outcome[] = [];
  for (const file of files) {
    let outcome: Outcome;
    try {
      outcome = await ingestOne(file, index, options);
    } catch (e) {
      if (!(e instanceof LetterError)) throw e;
      outcome = { file, error: e.message };
    }
    outcomes.push(outcome);
    report(outcome);
  }
  return outcomes;
}

async function ingestOne(file: string, index: LetterLookup, options: IngestOptions): Promise<Outcome> {
  const bytes = new Uint8Array(await readFile(file));
  const text = await letterText(file, bytes);
  let letter = await archivableLetter(file, bytes, text);
  const same = index.text(letter.record.textSha256);
  if (same) return { file, duplicateOf: same.id, duplicateOfFile: same.sourceName };

  const previous = index.doc(letter.record.docNumber);
  if (previous && !options.replace) {
    throw new LetterError(`${previous.id} already holds ${letter.record.docNumber} with other text: use --replace to replace it`);
  }
  const holder = index.id(letter.record.id);
  const taken = holder && holder !== previous ? holder : undefined;
  const id =
    previous?.id ?? (taken ? disambiguatedId(letter.record.id, sha256(letter.record.docNumber ?? letter.record.textSha256)) : undefined);
  if ((id && id !== letter.record.id) || previous?.editorLinks) {
    letter = await archivableLetter(file, bytes, text, { id: id ?? letter.record.id, editorLinks: previous?.editorLinks });
  }

  const entry = {
    id: letter.record.id,
    docNumber: letter.record.docNumber,
    textSha256: letter.record.textSha256,
    sourceName: letter.record.sourceName,
    sourceFile: letter.record.sourceFile,
    path: '',
  };
  if (previous) index.remove(previous);
  index.add(entry);
  if (options.dryRun) return { file, record: letter.record };
  const before = previous?.path ? (frontmatterOf(await readFile(previous.path, 'utf8')) ?? {}) : undefined;
  const written = await writeLetter(options.contentDir, letter, bytes, previous);
  entry.path = written;
  return { file, record: letter.record, written, ...(before ? { replaced: changedFields(before, letter.record) } : {}) };
}

/** Writes the kept original, then the MDX file, each through a temporary file and a rename. */
async function writeLetter(contentDir: string, letter: ArchivableLetter, bytes: Uint8Array, previous?: IndexedLetter): Promise<string> {
  const dir = join(contentDir, 'replies', letter.record.date.slice(0, 4));
  await mkdir(dir, { recursive: true });
  const mdxPath = join(dir, `${letter.record.id}.mdx`);
  await atomicWrite(join(dir, letter.record.sourceFile), bytes);
  await atomicWrite(mdxPath, letterMdx(letter));
  if (previous?.path) {
    const oldSource = join(dirname(previous.path), previous.sourceFile);
    if (oldSource !== join(dir, letter.record.sourceFile)) await rm(oldSource, { force: true });
    if (previous.path !== mdxPath) await rm(previous.path, { force: true });
  }
  return mdxPath;
}

/**
 * Checks one archived letter's MDX file: its frontmatter is YAML and a valid record, every file it
 * keeps is there with the digest it gives, and, for a published letter, the file is what ingest
 * derives today from its kept original (out of date, or edited by hand outside `editorLinks` and
 * `corrections`, where editors may edit). A withdrawn letter is not derived again: its files are
 * checked against their digests, and its MDX against the digest of what was written.
 */
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { load } from 'js-yaml';
import type { z } from 'zod';
import { letterText } from './read-letter.ts';
import { archivableLetter, letterMdx, sha256, type KeptFields } from './archive-letter.ts';
import { LetterError } from './letter-error.ts';
import { besideMdx, keptFiles } from './kept-files.ts';
import { mdxDifferences } from './mdx-differences.ts';
import { archivedRecordSchema } from '../record/record-schema.ts';
import { writtenDigest } from '../record/written-digest.ts';
import { splitFrontmatter } from '../letters/frontmatter.ts';

const KEPT_KEYS = ['id', 'editorLinks', 'corrections', 'versions', 'otherSources'] as const;
/** Fields an editor or the office's commands own: checked by the schema, not derived again. */
const NOT_DERIVED = ['editorLinks', 'corrections', 'withdrawn'];

export interface LetterCheck {
  /** What is wrong, each a line naming the field or file; [] when nothing is. */
  problems: string[];
  /** The files beside the MDX file it names (all of them, or none when its frontmatter cannot be read). */
  claims: string[] | null;
}

/** Checks the letter at `path`, under `replies/` (`published`) or `withdrawn/`. */
export async function checkLetter(path: string, published: boolean): Promise<LetterCheck> {
  const mdx = await readFile(path, 'utf8');
  const split = splitFrontmatter(mdx);
  if (!split) return { problems: ['no frontmatter (a letter starts with its record between two --- lines)'], claims: null };
  let front: unknown;
  try {
    front = load(split.yaml);
  } catch (e) {
    return { problems: [`the frontmatter is not YAML: ${(e as Error).message.split('\n')[0]}`], claims: null };
  }
  if (!front || typeof front !== 'object' || Array.isArray(front)) return { problems: ['the frontmatter is not a record'], claims: null };
  const record = front as Record<string, unknown>;
  const parsed = archivedRecordSchema.safeParse(record);
  const problems = parsed.success ? [] : parsed.error.issues.flatMap(issueLines);
  const invalid = new Set(parsed.success ? [] : parsed.error.issues.map((i) => String(i.path[0])));

  const dir = dirname(path);
  const kept = keptFiles(record);
  let original: Uint8Array | null = null;
  for (const [i, f] of kept.entries()) {
    if (!besideMdx(f.name)) {
      problems.push(`${f.role} ${f.name} is not a file name beside the MDX file`);
      continue;
    }
    const bytes = await readFile(join(dir, f.name)).then((b) => new Uint8Array(b), missing);
    if (!bytes) problems.push(`${f.role} ${f.name} is missing`);
    else if (f.sha256 && sha256(bytes) !== f.sha256) problems.push(`${f.role} ${f.name} has changed: its SHA-256 is not ${f.digestField}`);
    else if (i === 0 && f.role === 'the original') original = bytes;
  }

  if (typeof record.id === 'string' && basename(path) !== `${record.id}.mdx`)
    problems.push(`its id is ${record.id}, but the file is not ${record.id}.mdx`);
  if (published) {
    if (record.withdrawn) problems.push(`withdrawn is set, but the letter is under replies/: npm run withdraw -- ${record.id} moves it`);
    if (original) problems.push(...(await derivedDifferences(mdx, record, original, new Set([...invalid, ...NOT_DERIVED]))));
  } else {
    if (!record.withdrawn) problems.push('it is under withdrawn/ but has no withdrawn field');
    if (typeof record.writtenSha256 === 'string' && writtenDigest(record, split.body) !== record.writtenSha256) {
      problems.push('edited by hand outside editorLinks, corrections and withdrawn: its writtenSha256 is not the digest of the file');
    }
  }
  return { problems, claims: kept.map((f) => f.name) };
}

/** What differs between the file and what ingest derives from `original` today. */
async function derivedDifferences(
  mdx: string,
  record: Record<string, unknown>,
  original: Uint8Array,
  ignore: Set<string>,
): Promise<string[]> {
  const name = String(typeof record.sourceName === 'string' ? record.sourceName : record.sourceFile);
  try {
    const text = await letterText(name, original);
    return mdxDifferences(mdx, letterMdx(await archivableLetter(name, original, text, keptFields(record))), ignore);
  } catch (e) {
    if (e instanceof LetterError) return [`its original no longer ingests: ${e.message}`];
    return [`deriving it again failed: ${(e as Error).message.split('\n')[0]}`];
  }
}

/** The fields ingest carries over from the file, each one only when it is valid (an invalid one is reported by the schema). */
function keptFields(record: Record<string, unknown>): KeptFields {
  const keep: Record<string, unknown> = {};
  for (const k of KEPT_KEYS) {
    const r = archivedRecordSchema.shape[k].safeParse(record[k]);
    if (r.success && r.data !== undefined) keep[k] = r.data;
  }
  return keep as KeptFields;
}

/** A schema issue as lines `path: message`; an unknown key under a strict object is named by its own path. */
function issueLines(issue: z.core.$ZodIssue): string[] {
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const what =
      at === 'corrections' ? 'not a field corrections may hold (docs/record-format.md, without sections and nextSteps)' : 'unknown field';
    return issue.keys.map((k) => `${at ? `${at}.` : ''}${k}: ${what}`);
  }
  return [`${at || 'frontmatter'}: ${issue.message}`];
}

function missing(e: NodeJS.ErrnoException): null {
  if (e.code === 'ENOENT') return null;
  throw e;
}

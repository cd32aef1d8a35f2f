/** What the content folder already holds: each archived letter's id, 文号 and text digest. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { EditorLinks } from '../record/record-schema.ts';

export interface IndexedLetter {
  id: string;
  docNumber: string | null;
  textSha256: string;
  sourceName: string;
  /** The kept original's file name, beside the MDX file. */
  sourceFile: string;
  /** The MDX file's path. */
  path: string;
  /** The editor's cross-links, kept when the letter is ingested again. */
  editorLinks?: EditorLinks;
}

/** Reads the frontmatter of every `replies/**\/*.mdx` under the content folder. */
export async function readContentIndex(contentDir: string): Promise<IndexedLetter[]> {
  const root = join(contentDir, 'replies');
  let names: string[];
  try {
    names = (await readdir(root, { recursive: true })).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  const letters: IndexedLetter[] = [];
  for (const name of names) {
    const path = join(root, name);
    const front = frontmatterOf(await readFile(path, 'utf8'));
    if (front && typeof front.id === 'string') {
      letters.push({
        id: front.id,
        docNumber: front.docNumber ?? null,
        textSha256: front.textSha256,
        sourceName: front.sourceName,
        sourceFile: front.sourceFile,
        path,
        editorLinks: front.editorLinks,
      });
    }
  }
  return letters;
}

/** The YAML frontmatter of an MDX file, parsed; null when it has none. */
export function frontmatterOf(mdx: string): Record<string, any> | null {
  return splitMdx(mdx)?.frontmatter ?? null;
}

/** An MDX file's parsed YAML frontmatter and the body after it; null when it has no frontmatter. */
export function splitMdx(mdx: string): { frontmatter: Record<string, any>; body: string } | null {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  return m ? { frontmatter: load(m[1]) as Record<string, any>, body: mdx.slice(m[0].length) } : null;
}

/** Listing a content folder's letters. */
import fs from 'node:fs';
import { readdir } from 'node:fs/promises';

/** The `.mdx` files under `dir`, relative to it, in path order; none if it does not exist. */
export async function mdxFiles(dir: string): Promise<string[]> {
  if (!fs.existsSync(dir)) return [];
  return (await readdir(dir, { recursive: true }))
    .map(String)
    .filter((n) => n.endsWith('.mdx'))
    .sort();
}

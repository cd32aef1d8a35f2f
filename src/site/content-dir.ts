/**
 * Where the archive's content lives: `ARCHIVE_CONTENT=DIR` (tests, benchmarks) or `content/`.
 * Letters are `<dir>/replies/<year>/<id>.mdx`, each with its kept original beside it.
 */
import path from 'node:path';

/** Absolute path of the content folder the site is built from. */
export function contentDir(): string {
  return path.resolve(process.env.ARCHIVE_CONTENT || 'content');
}

/** Absolute path of the folder holding `<year>/<id>.mdx`. */
export function repliesDir(): string {
  return path.join(contentDir(), 'replies');
}

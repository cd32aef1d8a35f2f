/**
 * The withdrawn letters of the content folder: every `withdrawn/<year>/<id>.mdx`, moved there with
 * its files when it was withdrawn, with the `withdrawn: {on, reason}` its frontmatter then gained.
 * Each is validated as any letter is (the record schema, its written digest), its body not parsed:
 * what the site keeps of it is its id, its year and the day, for the notice at its old URL. A
 * letter the public may never have seen gets no notice on the public site either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { correctedRecord } from '../record/corrections.ts';
import { isPublic } from '../record/publication.ts';
import { yearOf, type WithdrawnLetter } from './letter.ts';
import { readLetterRecord } from './letter-mdx.ts';
import { mdxFiles } from './mdx-files.ts';

/**
 * The withdrawn letters under `dir`: those a build for `audience` answers for with a notice, and
 * the ids of all. `published` maps each id under replies/ to its file: an id both published and
 * withdrawn fails, naming both files.
 */
export async function readWithdrawn(
  dir: string,
  audience: 'public' | 'internal',
  published: ReadonlyMap<string, string>,
): Promise<{ notices: WithdrawnLetter[]; ids: string[] }> {
  const out: WithdrawnLetter[] = [];
  const seen = new Map<string, string>();
  for (const name of await mdxFiles(dir)) {
    const filePath = path.join(dir, name);
    const { record: written } = readLetterRecord(filePath, fs.readFileSync(filePath, 'utf8'));
    if (!written.withdrawn) {
      throw new Error(
        `${filePath}: is under withdrawn/ but has no withdrawn: {on, reason}; a letter to publish belongs in replies/<year>/`,
      );
    }
    const other = published.get(written.id) ?? seen.get(written.id);
    if (other) throw new Error(`${filePath}: id ${written.id} is withdrawn, but ${other} has it too`);
    seen.set(written.id, filePath);
    if (audience === 'public' && !isPublic(correctedRecord(written))) continue;
    const relPath = path.relative(process.cwd(), filePath);
    out.push({ id: written.id, year: yearOf(relPath, written.date), on: written.withdrawn.on, filePath: relPath });
  }
  return { notices: out, ids: [...seen.keys()] };
}

/**
 * The records the fixture site was built from: every MDX file's frontmatter in the test content,
 * with the editor's corrections laid over it as the site lays them; the letters the public site
 * publishes, and those it holds back or answers for as withdrawn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { correctedRecord } from '../../src/record/corrections.ts';
import { isPublic } from '../../src/record/publication.ts';
import { archivedRecordSchema, type ArchivedRecord } from '../../src/record/record-schema.ts';
import { contentDir } from './paths.ts';

export interface FixtureLetter {
  year: string;
  file: string;
  /** The record as the site publishes it: corrections laid over it. */
  record: ArchivedRecord;
  url: string;
}

/** Every letter of a folder (`replies` or `withdrawn`) of the test content, sorted by id. */
export function contentLetters(folder: 'replies' | 'withdrawn' = 'replies', content = contentDir): FixtureLetter[] {
  const dir = path.join(content, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = path.join(dir, f);
      const front = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1];
      const record = correctedRecord(archivedRecordSchema.parse(load(front)));
      const year = path.basename(path.dirname(file));
      return { year, file, record, url: `/replies/${year}/${record.id}/` };
    })
    .sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
}

/** The letters the public site publishes, sorted by id. */
export function fixtureLetters(): FixtureLetter[] {
  return contentLetters().filter((l) => isPublic(l.record));
}

/** The letters of replies/ the public site holds back (依申请公开, 不予公开), sorted by id. */
export function heldBackLetters(): FixtureLetter[] {
  return contentLetters().filter((l) => !isPublic(l.record));
}

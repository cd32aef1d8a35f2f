/** The records the fixture site was built from: every MDX file's frontmatter in the test content. */
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { archivedRecordSchema, type ArchivedRecord } from '../../src/record/record-schema.ts';
import { contentDir } from './paths.ts';

export interface FixtureLetter {
  year: string;
  file: string;
  record: ArchivedRecord;
  url: string;
}

/** All letters of the test content, sorted by id. */
export function fixtureLetters(): FixtureLetter[] {
  const dir = path.join(contentDir, 'replies');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const file = path.join(dir, f);
      const front = /^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1];
      const record = archivedRecordSchema.parse(load(front));
      const year = path.basename(path.dirname(file));
      return { year, file, record, url: `/replies/${year}/${record.id}/` };
    })
    .sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
}

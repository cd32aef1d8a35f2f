/**
 * The seed letter as ingest keeps it once it came in two formats and was replaced once: its PDF
 * beside it as another format, and its first version's original and record, named in its
 * frontmatter with their digests, the file sealed again as ingest seals it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resealed } from '../site/reseal.ts';

export const SEED_ID = '2025-ta5-4-0361';
export const SEED_FILES = { pdf: `${SEED_ID}.source.pdf`, v1: `${SEED_ID}.v1.source.txt`, r1: `${SEED_ID}.v1.record.json` };

/** Adds the other format and the earlier version to the seed letter ingested in `content`. */
export function keepFormatAndVersion(content: string): void {
  const dir = join(content, 'replies/2025');
  writeFileSync(join(dir, SEED_FILES.pdf), readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed-ordos-0361.pdf')));
  writeFileSync(join(dir, SEED_FILES.v1), '鄂尔多斯市人民政府 第一版');
  writeFileSync(join(dir, SEED_FILES.r1), '{"docNumber":"鄂建提复字〔2025〕333号"}\n');
  const digest = (name: string) =>
    createHash('sha256')
      .update(readFileSync(join(dir, name)))
      .digest('hex');
  const kept =
    `otherSources:\n  - sourceFile: '${SEED_FILES.pdf}'\n    sourceName: 'seed-ordos-0361.pdf'\n    sourceSha256: '${digest(SEED_FILES.pdf)}'\n` +
    `versions:\n  - version: 1\n    replacedOn: '2025-09-10'\n    sourceFile: '${SEED_FILES.v1}'\n    sourceName: 'seed.txt'\n` +
    `    sourceSha256: '${digest(SEED_FILES.v1)}'\n    recordFile: '${SEED_FILES.r1}'\n    recordSha256: '${digest(SEED_FILES.r1)}'\n`;
  const mdx = join(dir, `${SEED_ID}.mdx`);
  writeFileSync(mdx, resealed(readFileSync(mdx, 'utf8').replace(/\nwrittenSha256:/, `\n${kept}writtenSha256:`)));
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correctedRecord } from '../record/corrections.ts';
import { RECORD_FIELDS } from '../record/record-schema.ts';
import { readLetterMdx } from './letter-mdx.ts';
import { openRecord } from './open-record.ts';

const { record } = readLetterMdx('seed.mdx', readFileSync(join(import.meta.dirname, '../../tests/golden/seed-ordos-0361.mdx'), 'utf8'));
const url = '/jyta/replies/2025/2025-ta5-4-0361/';

describe('openRecord', () => {
  it('is the id, the record-format fields in order, then corrected and versions, empty when nothing was done', () => {
    const r = openRecord(record, url);
    expect(Object.keys(r)).toEqual(['id', ...RECORD_FIELDS, 'corrected', 'versions']);
    expect([r.corrected, r.versions]).toEqual([[], []]);
  });

  it('holds the corrected values and names the fields corrected', () => {
    const r = openRecord(correctedRecord({ ...record, corrections: { category: 'B', signer: '张秀铃' } }), url);
    expect([r.category, r.signer, r.corrected]).toEqual(['B', '张秀铃', ['category', 'signer']]);
  });

  it('gives each earlier version the URLs of its original and record, under the base path', () => {
    const v = { replacedOn: '2025-10-08', sourceName: 'a.txt', sourceSha256: 'a'.repeat(64), recordSha256: 'b'.repeat(64) };
    const versions = [
      { ...v, version: 1, sourceFile: 'x.v1.source.txt', recordFile: 'x.v1.record.json' },
      { ...v, version: 2, sourceFile: 'x.v2.source.docx', recordFile: 'x.v2.record.json' },
    ];
    expect(openRecord({ ...record, versions }, url).versions).toEqual([
      { version: 1, replacedOn: '2025-10-08', source: `${url}v1/source.txt`, record: `${url}v1/record.json` },
      { version: 2, replacedOn: '2025-10-08', source: `${url}v2/source.docx`, record: `${url}v2/record.json` },
    ]);
  });
});

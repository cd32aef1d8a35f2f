import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keptVersion } from './kept-versions.ts';
import { recordJson } from '../letters/open-record.ts';
import type { ArchivedRecord, Version } from '../record/record-schema.ts';

const sha = (d: Uint8Array | string) => createHash('sha256').update(d).digest('hex');
const bytes = (s: string) => new TextEncoder().encode(s);
const HEX = 'a'.repeat(64);
const version = (n: number): Version => ({
  version: n,
  replacedOn: '2025-01-01',
  sourceFile: `x.v${n}.source.txt`,
  sourceName: 'x.txt',
  sourceSha256: HEX,
  recordFile: `x.v${n}.record.json`,
  recordSha256: HEX,
});
const previous = (over: Partial<ArchivedRecord> = {}) =>
  ({
    id: 'x',
    date: '2025-09-03',
    sourceFile: 'x.source.txt',
    sourceName: '答复.txt',
    category: 'C',
    disclosure: null,
    ...over,
  }) as ArchivedRecord;

describe('the replaced letter kept as a version', () => {
  it.each([
    ['the first version', previous(), 1],
    ['after two', previous({ versions: [version(1), version(2)] }), 3],
  ])('%s is numbered one more than the last kept', (_, prev, n) => {
    const plan = keptVersion(prev, { name: 'x.source.txt', bytes: bytes('旧') }, [], '2025-10-08');
    expect(plan.version).toEqual({
      version: n,
      replacedOn: '2025-10-08',
      sourceFile: `x.v${n}.source.txt`,
      sourceName: '答复.txt',
      sourceSha256: sha(bytes('旧')),
      recordFile: `x.v${n}.record.json`,
      recordSha256: plan.version.recordSha256,
    });
    expect(plan.files.map((f) => f.name)).toEqual([`x.v${n}.source.txt`, `x.v${n}.record.json`]);
    expect(plan.copied).toEqual(['x.source.txt']);
  });

  it('keeps the original byte for byte and the published record with its corrections laid over it', () => {
    const prev = previous({ corrections: { category: 'B' } });
    const plan = keptVersion(prev, { name: 'x.source.txt', bytes: bytes('旧') }, [], '2025-10-08');
    expect(plan.files[0].data).toEqual(bytes('旧'));
    const json = plan.files[1].data as string;
    expect(JSON.parse(json).category).toBe('B');
    expect(json).toBe(recordJson({ ...prev, category: 'B' }, `/replies/${prev.date.slice(0, 4)}/${prev.id}/`));
    expect(plan.version.recordSha256).toBe(sha(json));
  });

  it('keeps its other formats under the same version', () => {
    const prev = previous({ otherSources: [{ sourceFile: 'x.source.pdf', sourceName: '答复.pdf', sourceSha256: HEX }] });
    const plan = keptVersion(
      prev,
      { name: 'x.source.txt', bytes: bytes('旧') },
      [{ name: 'x.source.pdf', bytes: bytes('%PDF') }],
      '2025-10-08',
    );
    expect(plan.version.otherSources).toEqual([
      { sourceFile: 'x.v1.source.pdf', sourceName: '答复.pdf', sourceSha256: sha(bytes('%PDF')) },
    ]);
    expect(plan.files.map((f) => f.name)).toEqual(['x.v1.source.txt', 'x.v1.source.pdf', 'x.v1.record.json']);
    expect(plan.copied).toEqual(['x.source.txt', 'x.source.pdf']);
  });
});

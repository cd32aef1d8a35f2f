import { describe, expect, it } from 'vitest';
import { besideMdx, KEPT_FILE_NAME, keptFiles } from './kept-files.ts';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('keptFiles', () => {
  it.each([
    [
      'a letter with only its original',
      { sourceFile: 'x.source.txt', sourceSha256: A },
      [['x.source.txt', A, 'sourceSha256', 'the original']],
    ],
    [
      'other formats and versions, in that order',
      {
        sourceFile: 'x.source.txt',
        sourceSha256: A,
        otherSources: [{ sourceFile: 'x.source.pdf', sourceSha256: B }],
        versions: [{ version: 1, sourceFile: 'x.v1.source.txt', sourceSha256: C, recordFile: 'x.v1.record.json', recordSha256: A }],
      },
      [
        ['x.source.txt', A, 'sourceSha256', 'the original'],
        ['x.source.pdf', B, 'otherSources.0.sourceSha256', 'the other format'],
        ['x.v1.source.txt', C, 'versions.0.sourceSha256', "version 1's original"],
        ['x.v1.record.json', A, 'versions.0.recordSha256', "version 1's record"],
      ],
    ],
    ['a file without a digest', { sourceFile: 'x.source.txt' }, [['x.source.txt', null, 'sourceSha256', 'the original']]],
    ['entries that name no file are left out', { sourceFile: 3, otherSources: [null, {}], versions: 'none' }, []],
    [
      'a version without its number is counted from 1',
      { versions: [{ recordFile: 'x.v1.record.json', recordSha256: B }] },
      [['x.v1.record.json', B, 'versions.0.recordSha256', "version 1's record"]],
    ],
  ])('%s', (_, front, want) => {
    expect(keptFiles(front).map((f) => [f.name, f.sha256, f.digestField, f.role])).toEqual(want);
  });
});

describe('besideMdx', () => {
  it.each([
    ['x.source.txt', true],
    ['../x.source.txt', false],
    ['sub/x.source.txt', false],
    ['sub\\x.source.txt', false],
    ['..', false],
    ['', false],
  ])('%s → %s', (name, want) => expect(besideMdx(name)).toBe(want));
});

describe('KEPT_FILE_NAME', () => {
  it.each([
    ['2025-ta5-4-0361.source.txt', '2025-ta5-4-0361'],
    ['2025-ta5-4-0361.source.pdf', '2025-ta5-4-0361'],
    ['2025-ta5-4-0361.v2.source.docx', '2025-ta5-4-0361'],
    ['2025-ta5-4-0361.v1.record.json', '2025-ta5-4-0361'],
    ['2025-ta5-4-0361.mdx', undefined],
    ['notes.txt', undefined],
    ['.123.456.0.tmp', undefined],
  ])('%s → %s', (name, id) => expect(KEPT_FILE_NAME.exec(name)?.[1]).toBe(id));
});

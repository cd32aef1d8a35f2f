import { describe, expect, it } from 'vitest';
import { extOf, isLetterFile, letterSources, letterVersions } from './published-files.ts';

const sha = (c: string) => c.repeat(64);
const version = (n: number, ext: string) => ({
  version: n,
  replacedOn: `2025-10-0${n}`,
  sourceFile: `x.v${n}.source.${ext}`,
  sourceName: `x-${n}.${ext}`,
  sourceSha256: sha(String(n)),
  recordFile: `x.v${n}.record.json`,
  recordSha256: sha('f'),
});

describe('the files published beside a letter’s page', () => {
  it('publishes the original, then its other formats, each as source.<ext>, a .txt with its view copy', () => {
    const sources = letterSources({
      id: 'x',
      sourceFile: 'x.source.docx',
      sourceSha256: sha('a'),
      otherSources: [
        { sourceFile: 'x.source.PDF', sourceName: 'x.pdf', sourceSha256: sha('b') },
        { sourceFile: 'x.source.txt', sourceName: 'x.txt', sourceSha256: sha('c') },
      ],
    });
    expect(sources.map((s) => [s.name, s.kept, s.view])).toEqual([
      ['source.docx', 'x.source.docx', null],
      ['source.pdf', 'x.source.PDF', null],
      ['source.txt', 'x.source.txt', 'source.utf8.txt'],
    ]);
  });

  it('refuses two originals of one format', () => {
    const twice = { sourceFile: 'x.source.txt', sourceName: 'x.txt', sourceSha256: sha('c') };
    expect(() => letterSources({ id: 'x', sourceFile: 'x.source.txt', sourceSha256: sha('a'), otherSources: [twice] })).toThrow(
      'x: two originals of one format would both be published as source.txt (otherSources)',
    );
  });

  it('publishes each earlier version in v<N>/, oldest first', () => {
    const versions = letterVersions({ versions: [version(2, 'pdf'), version(1, 'txt')] });
    expect(versions.map((v) => [v.version, v.source.name, v.source.view, v.record.name, v.record.kept])).toEqual([
      [1, 'v1/source.txt', 'v1/source.utf8.txt', 'v1/record.json', 'x.v1.record.json'],
      [2, 'v2/source.pdf', null, 'v2/record.json', 'x.v2.record.json'],
    ]);
    expect(letterVersions({})).toEqual([]);
  });

  it.each([
    ['replies/2025/x/record.json', true],
    ['replies/2025/x/source.docx', true],
    ['replies/2025/x/source.utf8.txt', true],
    ['replies/2025/x/v3/record.json', true],
    ['replies/2025/x/v3/source.utf8.txt', true],
    ['replies/2025/x/index.html', false],
    ['replies/2025/x/v3/index.html', false],
    ['replies/2025/x/other.json', false],
    ['browse/year/2025/record.json', false],
    ['replies/2025/record.json', false],
  ])('%s is a letter file: %s', (file, is) => {
    expect(isLetterFile(file)).toBe(is);
  });

  it.each([
    ['x.source.txt', 'txt'],
    ['x.source.PDF', 'pdf'],
    ['noext', 'bin'],
  ])('%s is of format %s', (file, ext) => expect(extOf(file)).toBe(ext));
});

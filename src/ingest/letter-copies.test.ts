import { describe, expect, it } from 'vitest';
import { compareCopies, formatRank, isUtf8, type CopyQuality } from './letter-copies.ts';

const copy = (file: string, over: Partial<CopyQuality> = {}): CopyQuality => {
  const extension = file.slice(file.lastIndexOf('.'));
  return { file, extension, utf8: !file.includes('gb18030'), warnings: 0, removedArtifacts: 0, ...over };
};

describe('the best copy of a letter', () => {
  it.each([
    ['UTF-8 .txt over .docx', copy('x.txt'), copy('x.docx')],
    ['.docx over GB18030 .txt', copy('x.docx'), copy('x.gb18030.txt')],
    ['GB18030 .txt over .pdf', copy('x.gb18030.txt'), copy('x.pdf')],
    ['a clean .pdf over a .txt with a removed page footer', copy('x.pdf'), copy('x.txt', { removedArtifacts: 1 })],
    ['fewer warnings over the better format', copy('x.docx'), copy('x.txt', { warnings: 1 })],
    ['by name when all else is equal', copy('a/x-corrected.txt'), copy('a/x.txt')],
  ])('%s', (_, better, worse) => {
    expect(compareCopies(better, worse)).toBeLessThan(0);
    expect(compareCopies(worse, better)).toBeGreaterThan(0);
  });

  it('leaves two copies equal in damage and format equal without the name', () => {
    expect(compareCopies(copy('dup-x.txt'), copy('x.txt'), false)).toBe(0);
  });

  it.each([
    [copy('x.txt'), 0],
    [copy('x.docx'), 1],
    [copy('x.gb18030.txt'), 2],
    [copy('x.pdf'), 3],
    [copy('x.rtf'), 4],
  ])('format rank of %o is %i', (c, rank) => expect(formatRank(c)).toBe(rank));

  it('tells UTF-8 bytes from GB18030 ones', () => {
    expect(isUtf8(new TextEncoder().encode('答复函'))).toBe(true);
    expect(isUtf8(new Uint8Array([0xb4, 0xf0, 0xb8, 0xb4]))).toBe(false);
  });
});

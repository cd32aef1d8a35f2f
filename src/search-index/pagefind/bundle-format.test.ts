import { describe, expect, it } from 'vitest';
import { encode } from 'cborg';
import { decodeMeta, encodeMeta, type PagefindMeta } from './bundle-format.ts';

// The metadata as Pagefind 1.6.0 writes it: version, pages, chunks, filters, sorts, meta fields.
const written = [
  '1.6.0',
  [
    ['zh-cn_2cfa1d5', 1896, ''],
    ['zh-cn_e9da1db', 1812, ''],
  ],
  [
    ['0002', '12', 'zh-cn_4325ba7'],
    ['120', '科技', 'zh-cn_d1e418a'],
  ],
  [
    ['kind', 'zh-cn_393f41f'],
    ['year', 'zh-cn_b7eb24a'],
  ],
  [['date', [1, 0]]],
  ['number', 'title'],
];
const named: PagefindMeta = {
  version: '1.6.0',
  pages: [
    { fragment: 'zh-cn_2cfa1d5', wordCount: 1896, group: '' },
    { fragment: 'zh-cn_e9da1db', wordCount: 1812, group: '' },
  ],
  chunks: [
    { from: '0002', to: '12', file: 'zh-cn_4325ba7' },
    { from: '120', to: '科技', file: 'zh-cn_d1e418a' },
  ],
  filters: [
    { name: 'kind', file: 'zh-cn_393f41f' },
    { name: 'year', file: 'zh-cn_b7eb24a' },
  ],
  sorts: [{ name: 'date', pages: [1, 0] }],
  fields: ['number', 'title'],
};
const replaced = (i: number, value: unknown) => written.map((v, j) => (j === i ? value : v));

describe('decodeMeta and encodeMeta', () => {
  it('name every field of the metadata, and give back the bytes Pagefind wrote', () => {
    const bytes = encode(written);
    expect(decodeMeta(bytes, 'x.pf_meta')).toEqual(named);
    expect(encodeMeta(named).equals(Buffer.from(bytes))).toBe(true);
  });
  it.each([
    [
      'another Pagefind version',
      replaced(0, '1.7.0'),
      /pagefind 1\.7\.0 wrote m\.pf_meta, but src\/search-index\/pagefind\/ reads and writes the index format of pagefind 1\.6\.0 only/,
    ],
    ['a seventh field', [...written, []], /m\.pf_meta: not the metadata of pagefind 1\.6\.0 \(6 fields\)/],
    ['a page of four items', replaced(1, [['zh-cn_2cfa1d5', 1896, '', 0]]), /m\.pf_meta: page 0 is not as pagefind 1\.6\.0 writes it/],
    ['a word count that is not a count', replaced(1, [['zh-cn_2cfa1d5', 'many', '']]), /page 0 is not as/],
    [
      'a chunk without its file',
      replaced(2, [
        ['a', 'b'],
        ['c', 'd'],
      ]),
      /word chunk 0 is not as/,
    ],
    ['a filter naming a number', replaced(3, [['kind', 7]]), /filter 0 is not as/],
    ['a sort of names', replaced(4, [['date', ['a']]]), /sort 0 is not as/],
    ['meta fields that are not names', replaced(5, [1]), /meta field names are not a list of text/],
    ['pages that are not a list', replaced(1, 'pages'), /page is not a list/],
  ])('refuse %s, naming the file', (_, value, message) => {
    expect(() => decodeMeta(encode(value), 'm.pf_meta')).toThrow(message);
  });
});

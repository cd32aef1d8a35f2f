import { describe, expect, it } from 'vitest';
import { encode } from 'cborg';
import { readWordChunk, writeWordChunk } from './word-chunk.ts';

const chunk = (words: unknown[]) => encode([words]);

describe('readWordChunk and writeWordChunk', () => {
  it.each([
    [
      'small page numbers and positions',
      [
        [
          '科技',
          [
            [0, [1, 2], []],
            [3, [-26, 7], []],
          ],
          [],
        ],
      ],
    ],
    [
      'page numbers needing 1, 2 and 4 bytes',
      [
        [
          '创新',
          [
            [23, [1], []],
            [24, [1], []],
            [300, [1], []],
            [70000, [1], []],
          ],
          [],
        ],
      ],
    ],
    ['positions of every size, weights as negative numbers', [['人才', [[1, [-1, 0, 255, 256, 65536, -300], [5]]], []]]],
    ['variants', [['cafe', [[0, [1], []]], [['café', [[2, [4], []]]]]]]],
    ['further fields after the variants', [['未知', [[0, [1], []]], [], 'extra', [1, 2]]]],
    ['a word with an astral character', [['𠀀字', [[9, [3], []]], []]]],
  ])('gives back the bytes it read: %s', (_, words) => {
    const bytes = chunk(words);
    expect(Buffer.from(writeWordChunk(readWordChunk(bytes)))).toEqual(Buffer.from(bytes));
  });

  it('reads words, page numbers and the number of positions (the chunk-size weight)', () => {
    const [w] = readWordChunk(
      chunk([
        [
          '政策',
          [
            [4, [1, 2, 3], [9]],
            [1, [5], []],
          ],
          [],
        ],
      ]),
    );
    expect(w.word).toBe('政策');
    expect(w.pages.map((p) => [p.page, p.locations])).toEqual([
      [4, 4],
      [1, 1],
    ]);
  });

  it.each([
    ['a truncated chunk', chunk([['政策', [[4, [1, 2, 3], []]], []]]).subarray(0, 12), /ends early|expected/],
    ['a word that is not text', encode([[[7, [], []]]]), /major type 3/],
    ['a word entry of two fields', encode([[['政策', []]]]), /2 fields/],
  ])('refuses %s', (_, bytes, message) => {
    expect(() => readWordChunk(bytes)).toThrow(message);
  });
});

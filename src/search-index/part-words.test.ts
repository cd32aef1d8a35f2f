import { describe, expect, it } from 'vitest';
import { CborReader, CborWriter } from './cbor-bytes.ts';
import { decodePartWord, encodePartWords, writeJoinedWord, type PartWord } from './part-words.ts';
import { writeWordChunk, type PageHits, type WordEntry } from './pagefind/word-chunk.ts';

// A page's hits as a chunk holds them after its number: [positions], [meta positions].
const hits = ([page, locs]: [number, number[]]): PageHits => ({
  page,
  locations: locs.length,
  items: 2,
  raw: new Uint8Array([0x80 + locs.length, ...locs, 0x80]),
});
type Pages = [number, number[]][];
const word = (w: string, pages: Pages, variants: [string, Pages][] = []): WordEntry => ({
  word: w,
  pages: pages.map(hits),
  variants: variants.map(([form, p]) => ({ form, pages: p.map(hits) })),
  tailItems: 0,
  tail: new Uint8Array(),
});

/** The records of an encoded part, decoded. */
function records(bytes: Uint8Array): PartWord[] {
  const r = new CborReader(bytes);
  const out: PartWord[] = [];
  while (r.pos < bytes.length) {
    const n = r.uint();
    out.push(decodePartWord(bytes.subarray(r.pos, (r.pos += n))));
  }
  return out;
}

/** A word as a joined chunk holds it, from parts given newest first with their offsets. */
function joined(held: { word: PartWord; offset: number }[]): Buffer {
  const w = new CborWriter();
  writeJoinedWord(w, held);
  return Buffer.from(w.done());
}

/** What Pagefind writes for one word whose pages are given with their final numbers, ascending. */
function expected(w: string, pages: Pages, variants: [string, Pages][] = []): Buffer {
  const deltas = (p: Pages): Pages => p.map(([n, l], i) => [n - (i ? p[i - 1][0] : 0), l]);
  // The chunk is [[word]]: its two array heads (0x81 0x81) come off.
  return Buffer.from(
    writeWordChunk([
      word(
        w,
        deltas(pages),
        variants.map(([f, p]) => [f, deltas(p)]),
      ),
    ]),
  ).subarray(2);
}

describe('encodePartWords and decodePartWord', () => {
  it('numbers each word’s pages newest first and keeps its positions with each page', () => {
    // Pages 0, 1, 2 of the part; page 2 is the newest, page 0 the oldest.
    const [w] = records(
      encodePartWords(
        [
          word('科技', [
            [0, [5]],
            [1, [6, 7]],
            [2, [8]],
          ]),
        ],
        [2, 1, 0],
      ),
    );
    expect(w.word).toBe('科技');
    expect({ count: w.pages.count, first: w.pages.first, last: w.pages.last, locations: w.pages.locations }).toEqual({
      count: 3,
      first: 0,
      last: 2,
      locations: 4,
    });
    expect(joined([{ word: w, offset: 0 }])).toEqual(
      expected('科技', [
        [0, [8]],
        [1, [6, 7]],
        [2, [5]],
      ]),
    );
  });
  it('joins a word given twice in a row, and its variants by form', () => {
    const ws = records(
      encodePartWords(
        [
          word('甲', [[0, [1]]], [['甲x', [[0, [2]]]]]),
          word(
            '甲',
            [[1, [3]]],
            [
              ['甲x', [[1, [4]]]],
              ['甲a', [[1, [5]]]],
            ],
          ),
        ],
        [0, 1],
      ),
    );
    expect(ws).toHaveLength(1);
    expect(ws[0].variants.map((v) => [v.form, v.block.count])).toEqual([
      ['甲a', 1],
      ['甲x', 2],
    ]);
    expect(joined([{ word: ws[0], offset: 0 }])).toEqual(
      expected(
        '甲',
        [
          [0, [1]],
          [1, [3]],
        ],
        [
          ['甲a', [[1, [5]]]],
          [
            '甲x',
            [
              [0, [2]],
              [1, [4]],
            ],
          ],
        ],
      ),
    );
  });
  it('refuses words out of order', () => {
    expect(() => encodePartWords([word('乙', [[0, [1]]]), word('甲', [[0, [1]]]), word('丁', [[0, [1]]])], [0])).toThrow(
      /out of order: "丁" after "甲"/,
    );
  });
  it('refuses a record with bytes left over', () => {
    const r = new CborReader(encodePartWords([word('甲', [[0, [1]]])], [0]));
    const n = r.uint();
    expect(() => decodePartWord(new Uint8Array([...r.buf.subarray(r.pos, r.pos + n), 0]))).toThrow(/甲.*1 bytes left over/);
  });
});

describe('writeJoinedWord', () => {
  // Two parts: the older of 3 pages, the newer of 2, whose pages are numbered first.
  const older = records(
    encodePartWords(
      [
        word(
          '人才',
          [
            [0, [1]],
            [2, [2, 3]],
          ],
          [['人材', [[1, [4]]]]],
        ),
        word('工作', [[1, [9]]]),
      ],
      [2, 1, 0],
    ),
  );
  const newer = records(
    encodePartWords(
      [
        word(
          '人才',
          [
            [0, [7]],
            [1, [8]],
          ],
          [['人材', [[0, [6]]]]],
        ),
      ],
      [1, 0],
    ),
  );
  it.each([
    ['one part, numbered after the newer part', [{ word: older[1], offset: 2 }], expected('工作', [[3, [9]]])],
    [
      'two parts, newest first, each block’s first page re-encoded',
      [
        { word: newer[0], offset: 0 },
        { word: older[0], offset: 2 },
      ],
      expected(
        '人才',
        [
          [0, [8]],
          [1, [7]],
          [2, [2, 3]],
          [4, [1]],
        ],
        [
          [
            '人材',
            [
              [1, [6]],
              [3, [4]],
            ],
          ],
        ],
      ),
    ],
  ] as [string, { word: PartWord; offset: number }[], Buffer][])('%s', (_, held, want) => {
    expect(joined(held)).toEqual(want);
  });
});

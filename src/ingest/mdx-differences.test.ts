import { describe, expect, it } from 'vitest';
import { fieldDifferences, mdxDifferences } from './mdx-differences.ts';

const FRONT = `id: 'x'
title: '关于第0361号提案的答复函'
category: 'C'
sections:
  - heading: '一'
    measures:
      - lead: '甲'
      - lead: '乙'
  - heading: '二'
    measures:
      - lead: '丙'
writtenSha256: 'aa'`;
const BODY = '\n<Preamble>\n\n答复函\n\n</Preamble>\n';
const mdx = (front: string, body = BODY) => `---\n${front}\n---\n${body}`;
const WANT = mdx(FRONT);

describe('mdxDifferences', () => {
  it.each([
    ['the same file', WANT, []],
    ['keys in another order and quoted otherwise', mdx(`category: C\n${FRONT.replace("category: 'C'\n", '')}`), []],
    ['a field edited by hand', mdx(FRONT.replace("category: 'C'", "category: 'B'")), ['category: has “B”, ingest writes “C”']],
    ['a field set to null', mdx(FRONT.replace("category: 'C'", 'category: null')), ['category: has null, ingest writes “C”']],
    ['a field taken out', mdx(FRONT.replace("category: 'C'\n", '')), ['category: has nothing, ingest writes “C”']],
    ['a field added', mdx(`${FRONT}\nsigner: '张'`), ['signer: has “张”, ingest writes nothing']],
    ['a nested field', mdx(FRONT.replace("lead: '丙'", "lead: '丁'")), ['sections.1.measures.0.lead: has “丁”, ingest writes “丙”']],
    [
      'a measure taken out',
      mdx(FRONT.replace("      - lead: '乙'\n", '')),
      ['sections.0.measures.1: has nothing, ingest writes {"lead":"乙"}'],
    ],
    [
      'every field that differs, and the body',
      mdx(FRONT.replace("category: 'C'", "category: 'B'").replace("答复函'", "答复'"), BODY.replace('答复函', '答复涵')),
      [
        'title: has “关于第0361号提案的答复”, ingest writes “关于第0361号提案的答复函”',
        'category: has “B”, ingest writes “C”',
        'line 18: has “答复涵”, ingest writes “答复函”',
      ],
    ],
    ['the body cut short', mdx(FRONT, '\n<Preamble>\n'), ['line 18: has (end of file), ingest writes “答复函”']],
  ])('%s', (_, have, want) => {
    expect(mdxDifferences(have, WANT)).toEqual(want);
  });

  it('leaves out the keys it is told to', () => {
    expect(mdxDifferences(mdx(FRONT.replace("category: 'C'", "category: 'E'")), WANT, new Set(['category']))).toEqual([]);
  });

  it('cuts a long value', () => {
    expect(fieldDifferences('字'.repeat(80), '字', 'title')).toEqual([`title: has “${'字'.repeat(60)}…”, ingest writes “字”`]);
  });
});

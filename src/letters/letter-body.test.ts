import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetterBody } from './letter-body.ts';

describe('parseLetterBody', () => {
  it('reads components, ids and escaped text', () => {
    const body =
      '<Section id="s1">\n\n<SectionHeading>一、标题\\{1\\}</SectionHeading>\n\n<Measure id="m1-1">\n\n（一）研发（R\\&D）\\<3%\n\n</Measure>\n\n</Section>\n';
    expect(parseLetterBody(body)).toEqual([
      {
        kind: 'block',
        name: 'Section',
        id: 's1',
        children: [
          { kind: 'block', name: 'SectionHeading', children: [{ kind: 'p', text: '一、标题{1}' }] },
          { kind: 'block', name: 'Measure', id: 'm1-1', children: [{ kind: 'p', text: '（一）研发（R&D）<3%' }] },
        ],
      },
    ]);
  });

  it('reads every golden letter, all its text', () => {
    const mdx = readFileSync(join(import.meta.dirname, '../../tests/golden/heting-wl-0064.mdx'), 'utf8');
    const nodes = parseLetterBody(mdx.slice(mdx.indexOf('\n---\n') + 5));
    expect(JSON.stringify(nodes)).toContain('奖补金额={当年研发投入-上年研发投入}×10%');
    expect(nodes.map((n) => n.kind === 'block' && n.name)).toEqual([
      'Preamble',
      'Opening',
      'Section',
      'Section',
      'Section',
      'NextSteps',
      'Closing',
      'Signature',
      'Contact',
      'Distribution',
    ]);
  });

  it.each([
    ['# 标题', /line 1: a heading is not part of a letter/],
    ['- 列表', /line 1: a list is not part of a letter/],
    ['import x from "y"', /line 1: a mdxjsEsm is not part of a letter/],
    ['{1 + 1}', /line 1: a mdxFlowExpression is not part of a letter/],
    ['<Script>alert(1)</Script>', /line 1: <Script> is not a letter component/],
    ['正文 *强调* 文字', /emphasis inside a paragraph is not part of a letter/],
  ])('refuses %s', (body, error) => expect(() => parseLetterBody(body)).toThrow(error));
});

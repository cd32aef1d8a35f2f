/**
 * The review page escapes all letter text: the fixture letters' own <, >, & and {…}, and hostile
 * text in any field, in unknown fields, in corrections, versions, other formats and warnings, in
 * the original and in the content path.
 */
import { describe, expect, it } from 'vitest';
import type { ReviewLetter } from '../../src/review/load-review.ts';
import { renderReview } from '../../src/review/render-review.ts';
import { articleOf, fieldHtml, generated, reviewedFixtures } from './reviewed-fixtures.ts';

const fixtures = reviewedFixtures();

describe('review page', () => {
  it('escapes the letters’ text: heting’s <3%且营业收入>, {…} and R&D', () => {
    const id = '2023-ta3-2-0064';
    const article = articleOf(fixtures.html, id);
    expect(article).not.toContain('<3%');
    expect(article).not.toContain('收入>');
    expect(article).not.toMatch(/R&D/);
    const sections = fieldHtml(fixtures.html, id, 'sections');
    expect(sections).toContain('研发投入强度&lt;3%且营业收入&gt;5000万元');
    expect(sections).toContain('研发（R&amp;D）费用');
    expect(sections).toContain('奖补金额={当年研发投入-上年研发投入}×10%');
    const source = /<pre class="source-text">([\s\S]*?)<\/pre>/.exec(article)![1];
    expect(source).toContain('&lt;3%且营业收入&gt;');
    expect(source).toContain('R&amp;D');
    expect(source).toContain('{当年研发投入-上年研发投入}');
  });

  it('escapes hostile text anywhere: fields, unknown fields, decisions, warnings, the original, the content path', () => {
    const evil = '</pre></dd><script>alert("x")</script><img src=x onerror=alert(1)>&amp;';
    const base = fixtures.letters.find((l) => l.front.id === '2023-ta3-2-0064')!;
    const hostile: ReviewLetter = {
      ...base,
      path: `/tmp/${evil}.mdx`,
      front: {
        ...base.front,
        id: 'evil',
        title: evil,
        signer: evil,
        warnings: [evil],
        addressees: [evil],
        sections: [{ heading: evil, anchor: 's1', measures: [{ lead: evil, anchor: evil, terms: [evil] }] }],
        contact: { name: evil, phone: null },
        [`x-${evil}`]: { evil },
        corrections: { title: evil, disclosure: '不予公开', [evil]: evil },
        versions: [
          { version: 1, replacedOn: evil, sourceFile: evil, sourceName: evil, sourceSha256: evil, recordFile: evil, recordSha256: evil },
        ],
        otherSources: [{ sourceFile: evil, sourceName: evil, sourceSha256: evil }],
        editorLinks: { add: [{ from: evil, to: evil }], remove: [] },
      },
      sourceText: evil,
      missingFiles: [evil],
    };
    const out = renderReview([hostile, { ...hostile, sourceText: null, sourceError: evil }], { generated, contentDir: evil, since: evil });
    expect(out).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(out).not.toContain(evil.slice(0, 20));
    // Only the page's own elements: nothing the letter text brought in.
    const tags = new Set([...out.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
    expect(
      [...tags].filter(
        (tag) =>
          ![
            'html',
            'head',
            'meta',
            'title',
            'style',
            'body',
            'header',
            'main',
            'nav',
            'article',
            'section',
            'div',
            'h1',
            'h2',
            'h3',
            'h4',
            'p',
            'a',
            'span',
            'code',
            'strong',
            'pre',
            'ol',
            'ul',
            'li',
            'dl',
            'dt',
            'dd',
          ].includes(tag),
      ),
    ).toEqual([]);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain('&amp;amp;');
  });
});

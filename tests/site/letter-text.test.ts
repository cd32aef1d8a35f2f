/**
 * Nothing lost, end to end: the text a reader sees in each letter's body on the built page is the
 * letter's own text — the repaired original, character for character (white space aside), with
 * no MDX, Markdown or smart-punctuation change — once the site's own additions (measure headings,
 * cross-links) are set aside.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';
import { $, page, decode, type Node } from './html.ts';
import { fixtureLetters } from './fixture.ts';
import { letterText } from '../../src/ingest/read-letter.ts';
import { parseLetter } from '../../src/ingest/parse-letter.ts';

/** Classes of what the site adds around the letter's text. */
const ADDED = ['measure-head', 'item-links', 'visually-hidden'];

function readerText(node: Node): string {
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type === ELEMENT_NODE && ADDED.some((c) => (node.attributes.class ?? '').split(/\s+/).includes(c))) return '';
  return (node.children ?? []).map(readerText).join('');
}

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

describe('letter text on the page', () => {
  for (const letter of fixtureLetters()) {
    it(`${letter.record.id} shows its whole text, unchanged`, async () => {
      const source = path.join(path.dirname(letter.file), letter.record.sourceFile);
      const text = await letterText(source, new Uint8Array(fs.readFileSync(source)));
      const body = $(page(letter.url), '.letter-body');
      expect(squeeze(readerText(body!))).toBe(squeeze(parseLetter(text).paragraphs.join('')));
    });
  }

  it('keeps the hostile characters of the heting letter as printed', () => {
    const body = readerText($(page('/replies/2023/2023-ta3-2-0064/'), '.letter-body')!);
    for (const s of ['奖补金额={当年研发投入-上年研发投入}×10%', '研发投入强度<3%且营业收入>5000', '（R&D）', '#3 楼', '“一对一”'])
      expect(body).toContain(s);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LetterError } from './letter-error.ts';
import { pdfToText } from './read-pdf.ts';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../tests/${path}`, import.meta.url)));
const bare = (s: string) => s.replace(/\s/g, '');
const paragraphs = (s: string) =>
  s
    .split('\n')
    .map(bare)
    .filter((l) => l !== '');

describe('pdfToText on the LibreOffice twins of the .txt letters', () => {
  it.each(['lanjiang-rd-052', 'fengdu-jtj-017'])('%s', async (name) => {
    const txt = readFileSync(new URL(`../../tests/fixtures/${name}.txt`, import.meta.url), 'utf8');
    const out = await pdfToText(fixture(`fixtures/${name}.pdf`));
    expect(bare(out)).toBe(bare(txt));
    expect(paragraphs(out)).toEqual(paragraphs(txt));
    // No blank lines, and typesetting spaces between CJK and digits are gone.
    expect(out).not.toMatch(/\n\n/);
    expect(out).not.toMatch(/\d 号|号 \(|\p{Script=Han} \d/u);
  });

  it('keeps the U+3000 between two contact fields and the page number on its own line', async () => {
    const lines = (await pdfToText(fixture('fixtures/lanjiang-rd-052.pdf'))).split('\n');
    expect(lines).toContain('联 系 人：何静　联系电话：0736-5512088');
    expect(lines).toContain('— 2 —');
  });
});

describe('pdfToText refuses what it cannot read', () => {
  const cases: [string, Uint8Array, string][] = [
    ['a scan (image-only page)', fixture('fixtures-extra/scanned.pdf'), 'no text layer — run OCR first'],
    ['bytes that are not a PDF', new TextEncoder().encode('not a pdf at all'), 'unreadable PDF: '],
  ];
  it.each(cases)('%s', async (_name, bytes, reason) => {
    const error = await pdfToText(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LetterError);
    expect((error as LetterError).message.startsWith(reason)).toBe(true);
    expect((error as LetterError).message).not.toContain('\n');
  });

  it('does not mistake text it cannot map to Unicode for a scan', async () => {
    // Without pdfjs-dist's CMap data the bundled pdfjs extracts nothing from
    // this predefined-CMap font; with it, the text comes out.
    const out = await pdfToText(fixture('fixtures-extra/cjk-cmap-font.pdf')).catch((e: LetterError) => e.message);
    expect(['答复如下\n', 'unreadable text layer — fonts lack Unicode data; run OCR first']).toContain(out);
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = fixture('fixtures/fengdu-jtj-017.pdf');
    const first = await pdfToText(bytes);
    expect(await pdfToText(bytes)).toBe(first);
  });
});

import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { LetterError } from './letter-error.ts';
import { docxToText } from './read-docx.ts';

const bare = (s: string) => s.replace(/\s/g, '');
const paragraphs = (s: string) =>
  s
    .split('\n')
    .map(bare)
    .filter((l) => l !== '');

/** A minimal .docx whose paragraphs are given as lists of runs. */
async function docx(paragraphRuns: string[][]): Promise<Uint8Array> {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const body = paragraphRuns
    .map(
      (runs) =>
        `<w:p>${runs.map((t, i) => `<w:r>${i % 2 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('docxToText on the LibreOffice twins of the .txt letters', () => {
  it.each(['lanjiang-rd-052', 'fengdu-jtj-017'])('%s', async (name) => {
    const dir = new URL('../../tests/fixtures/', import.meta.url);
    const txt = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
    const out = await docxToText(new Uint8Array(readFileSync(new URL(`${name}.docx`, dir))));
    expect(bare(out)).toBe(bare(txt));
    expect(paragraphs(out)).toEqual(paragraphs(txt));
  });
});

describe('docxToText', () => {
  const cases: [string, string[][], string][] = [
    [
      'runs split mid-word are joined, one paragraph per line',
      [
        ['澜政建复〔20', '24〕18', '号(A类)'],
        ['尊敬的', '陈立新', '代表：'],
      ],
      '澜政建复〔2024〕18号(A类)\n尊敬的陈立新代表：\n',
    ],
    [
      'an empty paragraph stays a blank line',
      [['一、关于简化审批流程'], [], ['（一）推行', '联合审查']],
      '一、关于简化审批流程\n\n（一）推行联合审查\n',
    ],
    ['spaces inside runs are kept as written', [['截至 ', '2023', ' 年底']], '截至 2023 年底\n'],
  ];
  it.each(cases)('%s', async (_name, runs, expected) => {
    expect(await docxToText(await docx(runs))).toBe(expected);
  });

  it('refuses bytes that are not a .docx', async () => {
    const error = await docxToText(new TextEncoder().encode('plain text')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LetterError);
    expect((error as LetterError).message).toMatch(/^unreadable DOCX: [^\n]*$/);
  });
});

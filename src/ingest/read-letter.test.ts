import { describe, expect, it } from 'vitest';
import { isLetterFile, letterText } from './read-letter.ts';

describe('isLetterFile', () => {
  it.each([
    ['第1号.txt', true],
    ['第1号.DOCX', true],
    ['第1号.pdf', true],
    ['第1号.doc', true],
    ['第1号.wps', true],
    ['第1号.rtf', false],
    ['说明.md', false],
    ['第1号', false],
  ])('%s → %s', (name, want) => expect(isLetterFile(name)).toBe(want));
});

describe('letterText refuses formats it does not read, saying how to convert them', () => {
  const bytes = new TextEncoder().encode('答复函');
  it.each([
    [
      '第1号.doc',
      '.doc is the old Word format: convert it with LibreOffice (soffice --headless --convert-to docx FILE) and ingest the .docx',
    ],
    [
      '第1号.WPS',
      '.wps is the WPS Writer format: save it as .docx in WPS, or convert it with LibreOffice (soffice --headless --convert-to docx FILE), and ingest the .docx',
    ],
    ['第1号.rtf', 'unsupported file type “.rtf”: ingest reads .txt, .docx, .pdf'],
  ])('%s', async (name, message) => {
    await expect(letterText(name, bytes)).rejects.toThrow(message);
    // An empty file of such a format gets the same advice, not “empty input”.
    if (!name.endsWith('.rtf')) await expect(letterText(name, new Uint8Array())).rejects.toThrow(message);
  });
});

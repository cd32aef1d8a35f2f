/** The vocabulary files load, and a broken one is refused with its file and the path inside it. */
import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVocab, parseVocab, VocabError, VOCAB, VOCAB_DIR } from './vocab.ts';
import { domainSchema, formsSchema } from './vocab-schema.ts';

const science = JSON.parse(readFileSync(join(VOCAB_DIR, 'domain-science.json'), 'utf8'));

describe('vocabulary', () => {
  it('loads every file of generator/vocab', () => {
    expect(VOCAB.domains.length).toBeGreaterThanOrEqual(12);
    expect(new Set(VOCAB.domains.map((d) => d.id)).size).toBe(VOCAB.domains.length);
    expect(VOCAB.forms.decoys.length).toBeGreaterThan(3);
    expect(VOCAB.names.surnames.length).toBeGreaterThan(50);
  });

  it.each([
    ['not JSON', '{"id": ', /^domain-x\.json: not JSON: /],
    ['a lead that is a number', JSON.stringify({ ...science, leads: ['构建协同创新机制', 7] }), /^domain-x\.json: leads\[1\]: /],
    [
      'a body without 。',
      JSON.stringify({ ...science, bodies: ['累计投入资金。', '累计投入资金'] }),
      /^domain-x\.json: bodies\[1\]: a body sentence ends with 。$/,
    ],
    ['a missing field', JSON.stringify({ ...science, ministry: undefined }), /^domain-x\.json: ministry: /],
    ['an unknown field', JSON.stringify({ ...science, minister: '某某' }), /^domain-x\.json: \(top level\): .*minister/],
    ['an empty list', JSON.stringify({ ...science, partners: [] }), /^domain-x\.json: partners: /],
  ])('refuses %s, naming the file and the path', (_what, text, message) => {
    expect(() => parseVocab('domain-x.json', text, domainSchema)).toThrow(VocabError);
    expect(() => parseVocab('domain-x.json', text, domainSchema)).toThrow(message);
  });

  it('refuses a folder with a broken file, naming that file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    try {
      cpSync(VOCAB_DIR, dir, { recursive: true });
      const forms = JSON.parse(readFileSync(join(dir, 'forms.json'), 'utf8'));
      writeFileSync(join(dir, 'forms.json'), JSON.stringify({ ...forms, nonItemLines: ['没有切分点的句子。'] }));
      expect(() => loadVocab(dir)).toThrow(`${join(dir, 'forms.json')}: nonItemLines[0]: a non-item line has a {cut}`);
      expect(() => parseVocab('forms.json', JSON.stringify(forms), formsSchema)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

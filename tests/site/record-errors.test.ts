/**
 * A letter whose record is malformed fails the build, with an error naming its file and the
 * field: in the part of the record the store keeps and in its outline (sections, next steps),
 * which is kept in a file of its own (src/letters/letter-store.ts); in an editor's corrections;
 * a field edited by hand outside them; a withdrawal out of its place.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildWithContentChange, buildWithSeedChange } from './seed-build.ts';
import { mdxPath, withdraw } from './editor-changes.ts';

const SEED = '2025-ta5-4-0361.mdx';
const inFront = (yaml: string) => (mdx: string) => mdx.replace(/\n---\n/, `\n${yaml}---\n`);

describe('a malformed record', () => {
  it.each([
    ['a measure anchor', 'record-bad-outline', "anchor: 'm1-1'", "anchor: 'x1-1'", 'sections.0.measures.0.anchor'],
    ['the date', 'record-bad-date', /^date: '.*'$/m, "date: '2025-9-3'", 'date'],
  ])('fails the build for %s, naming the file and the field', (_what, name, from, to, field) => {
    const r = buildWithSeedChange(name, (mdx) => mdx.replace(from, to));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(SEED);
    expect(r.output).toContain(field);
  });

  it.each([
    ['a value the field cannot take', 'corrections-bad-value', "corrections:\n  category: 'E'\n", 'corrections.category'],
    [
      'a field that cannot be corrected',
      'corrections-bad-field',
      'corrections:\n  sections: []\n',
      'corrections: Unrecognized key: "sections"',
    ],
  ])('fails the build for corrections with %s, naming the file and the field', (_what, name, yaml, message) => {
    const r = buildWithSeedChange(name, inFront(yaml));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(SEED);
    expect(r.output).toContain(message);
  });

  it('fails the build for a field edited by hand outside the corrections, naming the file', () => {
    const r = buildWithSeedChange('record-hand-edit', (mdx) => mdx.replace("signer: '张秀玲'", "signer: '张秀'"));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(new RegExp(`${SEED.replace('.', '\\.')}: edited by hand outside editorLinks and corrections`));
  });

  it('fails the build for a withdrawn letter left under replies/, naming the file', () => {
    const r = buildWithSeedChange('withdrawn-in-replies', inFront("withdrawn:\n  on: '2025-10-08'\n  reason: null\n"));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(`${SEED}: has withdrawn: but is under replies/`);
  });

  it('fails the build for a letter under withdrawn/ without its withdrawal, or also published, naming the files', () => {
    const bare = buildWithContentChange('withdrawn-bare', (content) => {
      fs.mkdirSync(path.join(content, 'withdrawn/2025'), { recursive: true });
      fs.renameSync(mdxPath(content, '2025-ta5-4-0361'), mdxPath(content, '2025-ta5-4-0361', 'withdrawn'));
    });
    expect(bare.status).not.toBe(0);
    expect(bare.output).toContain(`withdrawn/2025/${SEED}: is under withdrawn/ but has no withdrawn:`);
    const twice = buildWithContentChange('withdrawn-twice', (content) => {
      const kept = fs.readFileSync(mdxPath(content, '2025-ta5-4-0361'));
      withdraw(content, '2025-ta5-4-0361', '2025-10-08', null);
      fs.writeFileSync(mdxPath(content, '2025-ta5-4-0361'), kept);
    });
    expect(twice.status).not.toBe(0);
    expect(twice.output).toMatch(
      /withdrawn\/2025\/2025-ta5-4-0361\.mdx: id 2025-ta5-4-0361 is withdrawn, but .*replies\/2025\/2025-ta5-4-0361\.mdx has it too/,
    );
  });
});

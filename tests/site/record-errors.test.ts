/**
 * A letter whose record is malformed fails the build, with an error naming its file and the
 * field: in the part of the record the store keeps and in its outline (sections, next steps),
 * which is kept in a file of its own (src/letters/letter-store.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildWithSeedChange } from './seed-build.ts';

describe('a malformed record', () => {
  it.each([
    ['a measure anchor', 'record-bad-outline', "anchor: 'm1-1'", "anchor: 'x1-1'", 'sections.0.measures.0.anchor'],
    ['the date', 'record-bad-date', /^date: '.*'$/m, "date: '2025-9-3'", 'date'],
  ])('fails the build for %s, naming the file and the field', (_what, name, from, to, field) => {
    const r = buildWithSeedChange(name, (mdx) => mdx.replace(from, to));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('2025-ta5-4-0361.mdx');
    expect(r.output).toContain(field);
  });
});

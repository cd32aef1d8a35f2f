import { describe, expect, it } from 'vitest';
import { canonicalJson, writtenDigest } from './written-digest.ts';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: null, c: '三' }] }, '{"a":[2,{"c":"三","d":null}],"b":1}'],
    [{ a: undefined, b: 'x' }, '{"b":"x"}'],
    [[], '[]'],
    ['“引号”', '"“引号”"'],
  ])('%j → %s', (value, want) => expect(canonicalJson(value)).toBe(want));
});

describe('writtenDigest', () => {
  const front = { id: 'x', title: '标题', warnings: [] };
  const digest = writtenDigest(front, '\nbody\n');
  it.each<[string, Record<string, unknown>, string, boolean]>([
    ['keys in another order', { warnings: [], title: '标题', id: 'x' }, '\nbody\n', true],
    ['editorLinks added', { ...front, editorLinks: { add: [], remove: [] } }, '\nbody\n', true],
    ['corrections added', { ...front, corrections: { category: 'B' } }, '\nbody\n', true],
    ['withdrawn added', { ...front, withdrawn: { on: '2025-10-08', reason: null } }, '\nbody\n', true],
    ['the digest itself added', { ...front, writtenSha256: 'f'.repeat(64) }, '\nbody\n', true],
    ['a field edited', { ...front, title: '标题二' }, '\nbody\n', false],
    ['a field added', { ...front, category: 'B' }, '\nbody\n', false],
    ['the body edited', front, '\nbody。\n', false],
  ])('%s: same digest = %s', (_, f, body, same) => expect(writtenDigest(f, body) === digest).toBe(same));
});

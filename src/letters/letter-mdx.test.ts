import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLetterMdx } from './letter-mdx.ts';
import { resealed } from '../../tests/site/reseal.ts';

const seed = readFileSync(join(import.meta.dirname, '../../tests/golden/seed-ordos-0361.mdx'), 'utf8');
const FILE = 'content/replies/2025/2025-ta5-4-0361.mdx';

describe('readLetterMdx', () => {
  it('reads the record and the body of an archived letter', () => {
    const { record, body } = readLetterMdx(FILE, seed);
    expect(record.id).toBe('2025-ta5-4-0361');
    expect(record.date).toBe('2025-09-03');
    expect(record.sections[0].anchor).toBe('s1');
    expect(body.map((n) => n.kind === 'block' && n.name)).toContain('Signature');
  });

  it.each([
    ['no frontmatter', (s: string) => s.slice(4), /: no frontmatter/],
    ['frontmatter that is not YAML', (s: string) => s.replace("id: '2025-ta5-4-0361'", "id: '2"), /: the frontmatter is not YAML/],
    ['a date that is not ISO', (s: string) => s.replace("date: '2025-09-03'", "date: '2025-9-3'"), /: date: /],
    [
      'a measure anchor of the wrong form',
      (s: string) => s.replace("anchor: 'm1-1'", "anchor: 'x1-1'"),
      /: sections\.0\.measures\.0\.anchor: /,
    ],
    ['a missing field', (s: string) => s.replace(/^replyingUnit: .*\n/m, ''), /: replyingUnit: /],
    ['a body that is not a letter', (s: string) => resealed(`${s}\n# 标题\n`), /: line \d+: a heading is not part of a letter/],
    [
      'a field edited by hand',
      (s: string) => s.replace("signer: '张秀玲'", "signer: '张秀'"),
      /: edited by hand outside editorLinks and corrections/,
    ],
    ['the body edited by hand', (s: string) => s.replace('。', '；'), /: edited by hand outside editorLinks and corrections/],
  ])('refuses %s, naming the file', (_what, change, message) => {
    const changed = change(seed);
    expect(changed).not.toBe(seed);
    expect(() => readLetterMdx(FILE, changed)).toThrow(new RegExp(`^${FILE.replace(/[.]/g, '\\.')}${message.source}`));
  });
});

import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { withdrawnMdx } from './withdraw.ts';

const MDX = "---\nid: '2025-ta5-4-0361'\ncategory: null\nwrittenSha256: 'ab'\n---\n\n<Preamble>\n\n答复函\n\n</Preamble>\n";
const BODY = MDX.slice(MDX.indexOf('\n---\n'));
const front = (mdx: string) => load(mdx.slice(4, mdx.indexOf('\n---\n'))) as Record<string, unknown>;

describe('withdrawnMdx', () => {
  // `on` is quoted: YAML 1.1 parsers read a bare `on` as true.
  it.each([
    ['no reason', { on: '2025-10-08', reason: null }, "withdrawn:\n  'on': '2025-10-08'\n  reason: null\n"],
    ['a reason', { on: '2025-10-08', reason: '误发：依申请公开件' }, "withdrawn:\n  'on': '2025-10-08'\n  reason: '误发：依申请公开件'\n"],
    [
      'a reason YAML would read otherwise',
      { on: '2025-10-08', reason: "yes: it's #1" },
      `withdrawn:\n  'on': '2025-10-08'\n  reason: 'yes: it''s #1'\n`,
    ],
  ])('%s: added at the end of the frontmatter, every other byte kept', (_, withdrawal, added) => {
    const out = withdrawnMdx(MDX, withdrawal);
    expect(out).toBe(MDX.replace(BODY, `\n${added.slice(0, -1)}${BODY}`));
    expect(front(out).withdrawn).toEqual(withdrawal);
  });

  it('keeps a reason over several lines as written', () => {
    const withdrawal = { on: '2025-10-08', reason: '第一行\n第二行' };
    expect(front(withdrawnMdx(MDX, withdrawal)).withdrawn).toEqual(withdrawal);
  });

  it('leaves a file that already records its withdrawal as it is', () => {
    const once = withdrawnMdx(MDX, { on: '2025-10-08', reason: null });
    expect(withdrawnMdx(once, { on: '2025-10-09', reason: '再次' })).toBe(once);
  });

  it.each([
    ['no frontmatter', '<Preamble>\n', 'no frontmatter'],
    ['a frontmatter that is not YAML', "---\nid: '2025\n---\n", 'deficient indentation'],
  ])('refuses %s', (_, mdx, message) => {
    expect(() => withdrawnMdx(mdx, { on: '2025-10-08', reason: null })).toThrow(message);
  });

  it('refuses a date that is not ISO', () => {
    expect(() => withdrawnMdx(MDX, { on: '8.10.2025', reason: null })).toThrow();
  });
});

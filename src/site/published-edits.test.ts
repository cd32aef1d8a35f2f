import { describe, expect, it } from 'vitest';
import { publishedEdits } from './published-edits.ts';

const link = (to: string) => ({ from: 'm1-1', to });

describe('publishedEdits', () => {
  it.each([
    ['keeps a link to a published letter', [link('2025-a#m1-1')], [link('2025-a#m1-1')]],
    ['drops a link to a letter left out', [link('2025-held#m2-1')], []],
    ['keeps a term, whatever its name', [link('term:2025-held')], [link('term:2025-held')]],
    [
      'keeps the others in order',
      [link('2025-a#m1-1'), link('2025-held#n1'), link('term:揭榜挂帅')],
      [link('2025-a#m1-1'), link('term:揭榜挂帅')],
    ],
  ])('%s', (_what, add, kept) => {
    expect(publishedEdits({ add, remove: add }, new Set(['2025-held']))).toEqual({ add: kept, remove: kept });
  });
});

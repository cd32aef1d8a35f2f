import { describe, expect, it } from 'vitest';
import { freeId } from './letter-id.ts';

const A = 'abcdef0123';
const B = '9876543210';

describe('an id no other letter holds', () => {
  it.each([
    ['free', [], '2025-ta5-4-0361'],
    ['held', ['2025-ta5-4-0361'], '2025-ta5-4-0361-abcdef'],
    ['held with its first disambiguation', ['2025-ta5-4-0361', '2025-ta5-4-0361-abcdef'], '2025-ta5-4-0361-987654'],
    ['held with both', ['2025-ta5-4-0361', '2025-ta5-4-0361-abcdef', '2025-ta5-4-0361-987654'], '2025-ta5-4-0361-abcdef-2'],
  ])('%s', (_, taken, id) => expect(freeId('2025-ta5-4-0361', [A, B], (i) => taken.includes(i))).toBe(id));
});

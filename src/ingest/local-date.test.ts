import { describe, expect, it } from 'vitest';
import { localIsoDate } from './local-date.ts';

describe('localIsoDate', () => {
  it.each([
    [new Date(2025, 9, 8, 0, 0), '2025-10-08'],
    [new Date(2025, 0, 1, 23, 59), '2025-01-01'],
    [new Date(2024, 1, 29, 12), '2024-02-29'],
  ])('%s → %s', (date, want) => expect(localIsoDate(date)).toBe(want));
});

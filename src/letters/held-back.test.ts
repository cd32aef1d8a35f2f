import { describe, expect, it } from 'vitest';
import { countHeldBack, heldBackMessage, type HeldBackCounts } from './held-back.ts';

const counted = (...ds: ('依申请公开' | '不予公开')[]): HeldBackCounts => ds.reduce(countHeldBack, {});

describe('heldBackMessage', () => {
  it.each([
    [counted(), 'public', null],
    [counted(), 'internal', null],
    [
      counted('依申请公开', '不予公开', '依申请公开'),
      'public',
      '3 letters held back (依申请公开 2, 不予公开 1): not on the public site; ARCHIVE_AUDIENCE=internal builds the intranet archive',
    ],
    [
      counted('不予公开'),
      'public',
      '1 letter held back (不予公开 1): not on the public site; ARCHIVE_AUDIENCE=internal builds the intranet archive',
    ],
    [
      counted('依申请公开', '不予公开'),
      'internal',
      '2 letters not for the public (依申请公开 1, 不予公开 1) included and marked: this is the intranet archive (ARCHIVE_AUDIENCE=internal)',
    ],
  ] as const)('%j for the %s build: %j', (counts, audience, message) => {
    expect(heldBackMessage(counts, audience)).toBe(message);
  });
});
